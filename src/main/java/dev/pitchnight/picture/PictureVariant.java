package dev.pitchnight.picture;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One web size of an uploaded picture, re-encoded without metadata, kept in the database so every replica serves it. */
@Entity
@Table(name = "picture_variants")
public class PictureVariant extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_kind", nullable = false, length = 8)
    public PictureKind ownerKind;

    /** The night's id for a cover, the group's for a logo. */
    @Column(name = "owner_id", nullable = false)
    public long ownerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public PictureSize variant;

    /** The upload's content hash, part of the picture's address. */
    @Column(nullable = false, length = 32)
    public String hash;

    @Column(name = "media_type", nullable = false, length = 16)
    public String mediaType;

    @Column(nullable = false)
    public int width;

    @Column(nullable = false)
    public int height;

    @Column(name = "size_bytes", nullable = false)
    public int sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "LONGBLOB")
    public byte[] content;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
