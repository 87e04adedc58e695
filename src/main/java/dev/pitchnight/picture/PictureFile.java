package dev.pitchnight.picture;

import dev.pitchnight.web.Refusal;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Is it a picture we take, and what are its pixels? Judged by content, never by the file's name: the
 * first bytes must be a JPEG, PNG or WebP signature; the size the header declares is checked before a
 * single pixel is decoded (a decompression bomb declares billions of pixels in a few kilobytes); then the
 * whole picture is decoded, and any warning of the decoder (a JPEG that ends early) or error refuses it.
 * Metadata is never read ({@code ignoreMetadata}) and never written again: {@link WebSizes} encodes
 * fresh files from the pixels alone, which is what strips camera data such as GPS positions.
 */
final class PictureFile {

    /** Media types an upload may declare; the content decides which reader is used. */
    static final Set<String> TAKEN = Set.of("image/jpeg", "image/png", "image/webp");

    /** Pixels decoded at most: larger pictures are read subsampled, as no web size needs more. */
    private static final long DECODED_PIXELS = 12_000_000L;

    /** No side longer than this, whatever the pixel count (a 1×50,000,000 strip is no picture either). */
    private static final int LONGEST_SIDE = 20_000;

    private PictureFile() {
    }

    /** The picture's pixels as RGB or ARGB, or a refusal that says why not (400, 413, 415). */
    static BufferedImage read(byte[] bytes, String declaredType, String field, long maxBytes, long maxPixels) {
        if (declaredType != null && !TAKEN.contains(baseType(declaredType))) {
            String type = baseType(declaredType).isEmpty() ? "-" : baseType(declaredType);
            throw PictureRefusals.unsupported(field, m -> m.picture_media_type(type));
        }
        if (bytes == null || bytes.length == 0) {
            throw PictureRefusals.invalid(field, m -> m.picture_empty());
        }
        if (bytes.length > maxBytes) {
            long megabytes = maxBytes / (1024 * 1024);
            throw PictureRefusals.tooLarge(field, m -> m.picture_larger_than(megabytes));
        }
        String format = format(bytes);
        if (format == null) {
            throw PictureRefusals.unsupported(field, m -> m.picture_not_an_image());
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new IllegalStateException("no ImageIO reader for " + format);
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            long megapixels = maxPixels / 1_000_000;
            if (width <= 0 || height <= 0 || (long) width * height > maxPixels || width > LONGEST_SIDE || height > LONGEST_SIDE) {
                throw PictureRefusals.tooLarge(field, m -> m.picture_too_many_pixels(width, height, megapixels));
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = subsampling(width, height);
            if (step > 1) {
                param.setSourceSubsampling(step, step, 0, 0);
            }
            List<String> warnings = new ArrayList<>();
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            BufferedImage decoded = reader.read(0, param);
            if (!warnings.isEmpty() || format.equals("jpeg") && !endsLikeJpeg(bytes)) {
                throw PictureRefusals.invalid(field, m -> m.picture_damaged());
            }
            return normalized(decoded);
        } catch (Refusal refusal) {
            throw refusal;
        } catch (IOException | RuntimeException damaged) {
            throw PictureRefusals.invalid(field, m -> m.picture_damaged());
        } finally {
            reader.dispose();
        }
    }

    /** "jpeg", "png" or "webp" by the file's signature, or null. */
    static String format(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return "jpeg";
        }
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                && b[4] == 0x0d && b[5] == 0x0a && b[6] == 0x1a && b[7] == 0x0a) {
            return "png";
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return "webp";
        }
        return null;
    }

    /** "image/png" from "image/PNG; charset=x"; "" for none. */
    static String baseType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** A complete JPEG ends with the EOI marker (FF D9), give or take a few padding bytes some cameras append. */
    private static boolean endsLikeJpeg(byte[] bytes) {
        for (int i = bytes.length - 2; i >= Math.max(0, bytes.length - 1024); i--) {
            if ((bytes[i] & 0xff) == 0xff && (bytes[i + 1] & 0xff) == 0xd9) {
                return true;
            }
        }
        return false;
    }

    private static int subsampling(int width, int height) {
        long pixels = (long) width * height;
        return pixels <= DECODED_PIXELS ? 1 : (int) Math.ceil(Math.sqrt((double) pixels / DECODED_PIXELS));
    }

    /** Any decoded layout (grey, indexed, 16 bits, CMYK-free YCbCr) as plain RGB, or ARGB when it has transparency. */
    private static BufferedImage normalized(BufferedImage decoded) {
        boolean alpha = decoded.getColorModel().hasAlpha();
        int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        if (decoded.getType() == type) {
            return decoded;
        }
        BufferedImage plain = new BufferedImage(decoded.getWidth(), decoded.getHeight(), type);
        Graphics2D g = plain.createGraphics();
        try {
            g.drawImage(decoded, 0, 0, null);
        } finally {
            g.dispose();
        }
        return plain;
    }
}
