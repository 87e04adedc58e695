package dev.pitchnight.picture;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import net.coobird.thumbnailator.Thumbnails;

/**
 * The web sizes of a picture, scaled with Thumbnailator and encoded fresh from the pixels (so no metadata
 * of the upload survives). Covers are cropped to fill lists' 16:9 and previews' 1200×630 and kept whole on
 * the night's page; logos are never cropped, keep their transparency (PNG) in lists and pages, and sit on
 * white in the middle of the 1200×630 preview.
 */
final class WebSizes {

    /** One encoded size. */
    record Encoded(PictureSize size, String mediaType, int width, int height, byte[] bytes) {
    }

    private static final float JPEG_QUALITY = 0.85f;

    private WebSizes() {
    }

    static List<Encoded> of(PictureKind kind, BufferedImage image) {
        List<Encoded> sizes = new ArrayList<>();
        if (kind == PictureKind.COVER) {
            BufferedImage opaque = onWhite(image);
            sizes.add(jpeg(PictureSize.CARD, filled(opaque, 800, 450)));
            sizes.add(jpeg(PictureSize.PAGE, within(opaque, 1600, 900)));
            sizes.add(jpeg(PictureSize.SHARE, filled(opaque, 1200, 630)));
        } else {
            sizes.add(keepingAlpha(PictureSize.CARD, within(image, 160, 160)));
            sizes.add(keepingAlpha(PictureSize.PAGE, within(image, 480, 480)));
            sizes.add(jpeg(PictureSize.SHARE, centered(image, 1200, 630, 480)));
        }
        return sizes;
    }

    /** Scaled and cropped around the middle to exactly width×height. */
    static BufferedImage filled(BufferedImage image, int width, int height) {
        double target = (double) width / height;
        double source = (double) image.getWidth() / image.getHeight();
        Rectangle region;
        if (source > target) {
            int w = Math.max(1, (int) Math.round(image.getHeight() * target));
            region = new Rectangle((image.getWidth() - w) / 2, 0, w, image.getHeight());
        } else {
            int h = Math.max(1, (int) Math.round(image.getWidth() / target));
            region = new Rectangle(0, (image.getHeight() - h) / 2, image.getWidth(), h);
        }
        return scale(image, region, width, height);
    }

    /** Scaled down (never up) to fit inside width×height, proportions kept. */
    static BufferedImage within(BufferedImage image, int width, int height) {
        double factor = Math.min(1.0, Math.min((double) width / image.getWidth(), (double) height / image.getHeight()));
        if (factor == 1.0) {
            return image;
        }
        int w = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int h = Math.max(1, (int) Math.round(image.getHeight() * factor));
        return scale(image, new Rectangle(0, 0, image.getWidth(), image.getHeight()), w, h);
    }

    /** The picture scaled to fit a box of {@code box}×{@code box}, in the middle of a white width×height canvas. */
    private static BufferedImage centered(BufferedImage image, int width, int height, int box) {
        double factor = Math.min((double) box / image.getWidth(), (double) box / image.getHeight());
        int w = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int h = Math.max(1, (int) Math.round(image.getHeight() * factor));
        BufferedImage scaled = scale(image, new Rectangle(0, 0, image.getWidth(), image.getHeight()), w, h);
        BufferedImage canvas = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(scaled, (width - w) / 2, (height - h) / 2, null);
        } finally {
            g.dispose();
        }
        return canvas;
    }

    private static BufferedImage scale(BufferedImage image, Rectangle region, int width, int height) {
        try {
            return Thumbnails.of(image).sourceRegion(region).forceSize(width, height)
                    .imageType(image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB)
                    .asBufferedImage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Transparent parts turned white: JPEG has no transparency, and black is what they would become. */
    private static BufferedImage onWhite(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return image;
        }
        BufferedImage opaque = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = opaque.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return opaque;
    }

    private static Encoded keepingAlpha(PictureSize size, BufferedImage image) {
        return image.getColorModel().hasAlpha() ? png(size, image) : jpeg(size, image);
    }

    private static Encoded png(PictureSize size, BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Encoded(size, "image/png", image.getWidth(), image.getHeight(), out.toByteArray());
    }

    private static Encoded jpeg(PictureSize size, BufferedImage image) {
        BufferedImage rgb = onWhite(image);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.write(null, new IIOImage(rgb, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return new Encoded(size, "image/jpeg", rgb.getWidth(), rgb.getHeight(), out.toByteArray());
    }
}
