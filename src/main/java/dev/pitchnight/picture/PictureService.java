package dev.pitchnight.picture;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.awt.image.BufferedImage;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Pictures for the features above: checks an upload ({@link PictureFile}), makes its web sizes
 * ({@link WebSizes}) and keeps them in {@code picture_variants}. It knows owners only by kind and id;
 * who may change a night's cover or a group's logo is the owner's feature's rule, and that feature records
 * the current picture's hash on its own row. Preparing is slow (decoding, scaling) and touches no table, so
 * callers prepare first and take their locks only to {@link #keep} it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PictureService {

    /** An upload checked and turned into web sizes, not yet stored. */
    public record Prepared(String hash, List<WebSizes.Encoded> sizes) {
    }

    @Inject
    PictureConfig config;

    /**
     * Checks the upload and makes its web sizes: 415 for a declared type other than JPEG, PNG or WebP (null:
     * a form's file, judged by content only) or content that is none of them, 413 over the size or pixel
     * limit, 400 for an empty, damaged or incomplete file.
     */
    public Prepared prepare(PictureKind kind, byte[] bytes, String declaredType) {
        BufferedImage image = PictureFile.read(bytes, declaredType, kind.field(), config.maxBytes(), config.maxPixels());
        return new Prepared(hash(bytes), WebSizes.of(kind, image));
    }

    /** Replaces the owner's picture with the prepared one, in the caller's transaction (which holds the owner's lock). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void keep(PictureKind kind, long ownerId, Prepared picture) {
        remove(kind, ownerId);
        Instant now = Instant.now();
        for (WebSizes.Encoded size : picture.sizes()) {
            PictureVariant variant = new PictureVariant();
            variant.ownerKind = kind;
            variant.ownerId = ownerId;
            variant.variant = size.size();
            variant.hash = picture.hash();
            variant.mediaType = size.mediaType();
            variant.width = size.width();
            variant.height = size.height();
            variant.sizeBytes = size.bytes().length;
            variant.content = size.bytes();
            variant.createdAt = now;
            variant.persist();
        }
    }

    /** Removes the owner's picture, if any; true when there was one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean remove(PictureKind kind, long ownerId) {
        long removed = PictureVariant.delete("ownerKind = ?1 and ownerId = ?2", kind, ownerId);
        Panache.getEntityManager().flush();
        return removed > 0;
    }

    /** One size of the owner's picture, if {@code hash} is still the current one. */
    public Optional<PictureVariant> variant(PictureKind kind, long ownerId, String hash, PictureSize size) {
        return PictureVariant.<PictureVariant>find("ownerKind = ?1 and ownerId = ?2 and variant = ?3 and hash = ?4",
                kind, ownerId, size, hash).firstResultOptional();
    }

    /** The largest upload in bytes, for the forms' hints. */
    public long maxBytes() {
        return config.maxBytes();
    }

    /** The first 128 bits of the upload's SHA-256, as 32 hex digits: the same file always gets the same address. */
    static String hash(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
