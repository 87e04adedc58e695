package dev.pitchnight.picture;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import dev.pitchnight.web.Refusal;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Is it a picture we take, and what are its pixels? Judged by content, never by the file's name: the
 * first bytes must be a JPEG, PNG or WebP signature; the size the header declares is checked before a
 * single pixel is decoded (a decompression bomb declares billions of pixels in a few kilobytes); then the
 * whole picture is decoded, and any warning of the decoder (a JPEG that ends early) or error refuses it.
 * Metadata is never read by the decoder ({@code ignoreMetadata}) and never written again: {@link WebSizes}
 * encodes fresh files from the pixels alone, which is what strips camera data such as GPS positions. The
 * one piece of it that is honoured is a JPEG's EXIF orientation (phones store an upright photo sideways
 * and say so there): the pixels are turned as it says, so the picture shows as it was taken.
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
            BufferedImage pixels = normalized(decoded);
            return format.equals("jpeg") ? upright(pixels, orientation(bytes)) : pixels;
        } catch (Refusal refusal) {
            throw refusal;
        } catch (IOException | RuntimeException damaged) {
            throw PictureRefusals.invalid(field, m -> m.picture_damaged());
        } finally {
            reader.dispose();
        }
    }

    /**
     * The EXIF orientation of a JPEG (1 to 8, TIFF tag 274), read with TwelveMonkeys' metadata reader
     * from the first APP1 "Exif" segment; 1 (as stored) when there is none or it cannot be read.
     */
    static int orientation(byte[] jpeg) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
            List<JPEGSegment> exif = JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif");
            if (exif.isEmpty()) {
                return 1;
            }
            InputStream data = exif.get(0).data(); // after "Exif\0": one more pad byte, then the TIFF structure
            if (data.read() < 0) {
                return 1;
            }
            Directory directory = new TIFFReader().read(new MemoryCacheImageInputStream(data));
            Entry entry = directory.getEntryById(TIFF.TAG_ORIENTATION);
            int value = entry != null && entry.getValue() instanceof Number number ? number.intValue() : 1;
            return value >= 1 && value <= 8 ? value : 1;
        } catch (IOException | RuntimeException unreadable) {
            return 1; // a damaged EXIF block does not make the picture wrong; it shows as stored
        }
    }

    /**
     * The stored pixels turned and mirrored as an EXIF orientation says they should be shown: 6 (the
     * usual portrait photo) turns a quarter clockwise, 8 a quarter counter-clockwise, 3 half a turn,
     * 2/4 mirror, 5/7 mirror across a diagonal. 1 returns the same image.
     */
    static BufferedImage upright(BufferedImage stored, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return stored;
        }
        int w = stored.getWidth();
        int h = stored.getHeight();
        boolean sideways = orientation >= 5;
        int outWidth = sideways ? h : w;
        int outHeight = sideways ? w : h;
        int[] from = stored.getRGB(0, 0, w, h, null, 0, w);
        int[] to = new int[from.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int tx;
                int ty;
                switch (orientation) {
                    case 2 -> { tx = w - 1 - x; ty = y; }
                    case 3 -> { tx = w - 1 - x; ty = h - 1 - y; }
                    case 4 -> { tx = x; ty = h - 1 - y; }
                    case 5 -> { tx = y; ty = x; }
                    case 6 -> { tx = h - 1 - y; ty = x; }
                    case 7 -> { tx = h - 1 - y; ty = w - 1 - x; }
                    default -> { tx = y; ty = w - 1 - x; } // 8
                }
                to[ty * outWidth + tx] = from[y * w + x];
            }
        }
        BufferedImage turned = new BufferedImage(outWidth, outHeight, stored.getType());
        turned.setRGB(0, 0, outWidth, outHeight, to, 0, outWidth);
        return turned;
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
