package dev.pitchnight.picture;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Real pictures made in the test with ImageIO, and crafted bad files, for the picture tests. */
public final class TestPictures {

    private TestPictures() {
    }

    /** A width×height picture with a gradient and some noise (so it does not compress to nothing), as "png" or "jpg". */
    public static byte[] picture(String format, int width, int height) {
        return encode(drawn(width, height, false), format);
    }

    /** A PNG logo with a transparent background and an opaque disc in the middle. */
    public static byte[] transparentLogo(int size) {
        return encode(drawn(size, size, true), "png");
    }

    public static BufferedImage drawn(int width, int height, boolean transparent) {
        BufferedImage image = new BufferedImage(width, height, transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        if (transparent) {
            g.setColor(new Color(0x3b, 0x2a, 0x8f));
            g.fillOval(width / 4, height / 4, width / 2, height / 2);
        } else {
            g.setPaint(new GradientPaint(0, 0, new Color(0x3b2a8f), width, height, new Color(0xf2a65a)));
            g.fillRect(0, 0, width, height);
            Random random = new Random(7);
            for (int i = 0; i < width * height / 50; i++) {
                image.setRGB(random.nextInt(width), random.nextInt(height), random.nextInt(0xffffff));
            }
        }
        g.dispose();
        return image;
    }

    public static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first {@code fraction} of the file, as an interrupted upload leaves it. */
    public static byte[] truncated(byte[] bytes, double fraction) {
        return Arrays.copyOf(bytes, (int) (bytes.length * fraction));
    }

    /** A text file, as a renamed "photo.png" would be. */
    public static byte[] text() {
        return "Dear organizers,\nhere is our logo.\n".repeat(20).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A decompression bomb: a valid PNG header declaring width×height pixels (grey, 1 bit), followed by a tiny
     * compressed stream. Decoded, it would take width×height bytes and more.
     */
    public static byte[] pngBomb(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 1).put((byte) 0)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", header.array());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0xda, 0x63, 0x60, 0x18, 0x05, 0x00, 0x00});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** What {@link #withGps} writes as the photo's description: it must not come out again. */
    public static final String PLACE = "HomeOfOlivia";

    /**
     * The JPEG with an EXIF block (APP1) right after its start, as a phone writes it: IFD0 holds an
     * ImageDescription ({@link #PLACE}) and points to a GPS IFD with latitude "N" and longitude "E" references.
     */
    public static byte[] withGps(byte[] jpeg) {
        byte[] description = (PLACE + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer tiff = ByteBuffer.allocate(68 + description.length);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        tiff.putShort((short) 2);                                                              // IFD0 at 8
        tiff.putShort((short) 0x010e).putShort((short) 2).putInt(description.length).putInt(68); // ImageDescription
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);                  // GPSInfo → 38
        tiff.putInt(0);
        tiff.putShort((short) 2);                                                              // GPS IFD at 38
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0});
        tiff.putShort((short) 0x0003).putShort((short) 2).putInt(2).put(new byte[] {'E', 0, 0, 0});
        tiff.putInt(0);
        tiff.put(description);                                                                 // at 68
        byte[] exifHeader = {'E', 'x', 'i', 'f', 0, 0};
        int length = 2 + exifHeader.length + tiff.capacity();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe1, (byte) (length >> 8), (byte) length});
        out.writeBytes(exifHeader);
        out.writeBytes(tiff.array());
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /**
     * The JPEG as a phone stores a photo it took turned: an EXIF block whose IFD0 holds only the
     * Orientation tag (274, a SHORT) with the given value (6: turn a quarter clockwise to show it).
     */
    public static byte[] withOrientation(byte[] jpeg, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(26);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        tiff.putShort((short) 1);                                                               // IFD0 at 8
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0);
        byte[] exifHeader = {'E', 'x', 'i', 'f', 0, 0};
        int length = 2 + exifHeader.length + tiff.capacity();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe1, (byte) (length >> 8), (byte) length});
        out.writeBytes(exifHeader);
        out.writeBytes(tiff.array());
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** A width×height JPEG whose left half is red and right half blue (to see which way it was turned). */
    public static byte[] halves(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return encode(image, "jpg");
    }

    /** Whether the bytes contain the ASCII text. */
    public static boolean contains(byte[] bytes, String text) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
    }

    /** 1×1 WebP files (lossy and lossless, as browsers' feature tests use them): ImageIO cannot write WebP. */
    public static byte[] webpLossy() {
        return Base64.getDecoder().decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");
    }

    public static byte[] webpLossless() {
        return Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");
    }
}
