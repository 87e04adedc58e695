package dev.pitchnight.picture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitchnight.web.Refusal;
import jakarta.ws.rs.core.Response;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What an upload must be to be taken, judged by its bytes, and the web sizes made of it (no database). */
class PictureFileTest {

    private static final long FIVE_MB = 5L * 1024 * 1024;
    private static final long PIXELS = 50_000_000L;

    private static BufferedImage read(byte[] bytes, String declared) {
        return PictureFile.read(bytes, declared, "cover", FIVE_MB, PIXELS);
    }

    /** The refusal's status (its words need the running application: the Quarkus tests read those). */
    private static Response.Status refusal(byte[] bytes, String declared) {
        try {
            read(bytes, declared);
        } catch (Refusal refusal) {
            return refusal.status();
        }
        throw new AssertionError("taken, but should have been refused");
    }

    @Test
    void jpegPngAndWebpAreReadWhateverTheyClaimToBe() {
        assertThat(read(TestPictures.picture("jpg", 640, 480), "image/jpeg").getWidth()).isEqualTo(640);
        assertThat(read(TestPictures.picture("png", 300, 200), null).getHeight()).isEqualTo(200);
        // The content decides: a PNG sent as image/jpeg is still read as the PNG it is.
        assertThat(read(TestPictures.picture("png", 30, 20), "image/jpeg").getWidth()).isEqualTo(30);
        assertThat(read(TestPictures.webpLossy(), "image/webp").getWidth()).isEqualTo(1);
        assertThat(read(TestPictures.webpLossless(), "image/webp; charset=binary").getHeight()).isEqualTo(1);
    }

    /** Phones store a portrait photo sideways and say in EXIF how to turn it: the picture comes out upright. */
    @Test
    void aPhotoIsTurnedAsItsExifOrientationSays() {
        byte[] sideways = TestPictures.halves(80, 40); // red on the left, blue on the right
        assertThat(PictureFile.orientation(sideways)).isEqualTo(1);
        BufferedImage asStored = read(sideways, "image/jpeg");
        assertThat(asStored.getWidth()).isEqualTo(80);

        byte[] turnedClockwise = TestPictures.withOrientation(sideways, 6);
        assertThat(PictureFile.orientation(turnedClockwise)).isEqualTo(6);
        BufferedImage upright = read(turnedClockwise, "image/jpeg");
        assertThat(upright.getWidth()).isEqualTo(40);
        assertThat(upright.getHeight()).isEqualTo(80);
        // A quarter turn clockwise: what was on the left is now on top.
        assertThat(red(upright.getRGB(20, 10))).isGreaterThan(200);
        assertThat(blue(upright.getRGB(20, 70))).isGreaterThan(200);

        BufferedImage counter = read(TestPictures.withOrientation(sideways, 8), "image/jpeg");
        assertThat(counter.getWidth()).isEqualTo(40);
        assertThat(blue(counter.getRGB(20, 10))).isGreaterThan(200); // counter-clockwise: the right side on top

        BufferedImage halfTurn = read(TestPictures.withOrientation(sideways, 3), "image/jpeg");
        assertThat(halfTurn.getWidth()).isEqualTo(80);
        assertThat(blue(halfTurn.getRGB(10, 20))).isGreaterThan(200);
        // The orientation is metadata like any other: the web sizes carry no EXIF block at all.
        for (WebSizes.Encoded size : WebSizes.of(PictureKind.COVER, upright)) {
            assertThat(TestPictures.contains(size.bytes(), "Exif")).as(size.size() + " has no EXIF").isFalse();
        }
    }

    private static int red(int rgb) {
        return (rgb >> 16) & 0xff;
    }

    private static int blue(int rgb) {
        return rgb & 0xff;
    }

    @Test
    void aRenamedTextFileIsNotAPicture() {
        assertThat(refusal(TestPictures.text(), "image/png")).isEqualTo(Response.Status.UNSUPPORTED_MEDIA_TYPE);
        assertThat(refusal(TestPictures.text(), null)).isEqualTo(Response.Status.UNSUPPORTED_MEDIA_TYPE);
    }

    @Test
    void aTypeOtherThanJpegPngOrWebpIsRefusedBeforeReading() {
        assertThat(refusal(TestPictures.picture("png", 10, 10), "image/gif")).isEqualTo(Response.Status.UNSUPPORTED_MEDIA_TYPE);
        assertThat(refusal(TestPictures.picture("png", 10, 10), "application/octet-stream"))
                .isEqualTo(Response.Status.UNSUPPORTED_MEDIA_TYPE);
    }

    @Test
    void truncatedPicturesAreDamaged() {
        byte[] jpeg = TestPictures.picture("jpg", 800, 600);
        byte[] png = TestPictures.picture("png", 800, 600);
        assertThat(refusal(TestPictures.truncated(jpeg, 0.6), "image/jpeg")).isEqualTo(Response.Status.BAD_REQUEST);
        assertThat(refusal(TestPictures.truncated(png, 0.6), "image/png")).isEqualTo(Response.Status.BAD_REQUEST);
        assertThat(refusal(TestPictures.truncated(TestPictures.webpLossy(), 0.7), "image/webp")).isEqualTo(Response.Status.BAD_REQUEST);
        assertThat(refusal(new byte[0], "image/png")).isEqualTo(Response.Status.BAD_REQUEST);
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeader() {
        byte[] bomb = TestPictures.pngBomb(60_000, 60_000);
        assertThat(bomb.length).isLessThan(100);
        assertThat(refusal(bomb, "image/png")).isEqualTo(Response.Status.REQUEST_ENTITY_TOO_LARGE);
        // A strip within the pixel budget but absurdly long is no picture either.
        assertThat(refusal(TestPictures.pngBomb(1, 40_000), "image/png")).isEqualTo(Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }

    @Test
    void moreThanFiveMegabytesIsTooLarge() {
        byte[] big = new byte[(int) FIVE_MB + 1];
        byte[] png = TestPictures.picture("png", 10, 10);
        System.arraycopy(png, 0, big, 0, png.length);
        assertThat(refusal(big, "image/png")).isEqualTo(Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }

    @Test
    void coversComeInThreeSizesAsJpegWithoutTheUploadsMetadata() {
        byte[] photo = TestPictures.withGps(TestPictures.picture("jpg", 2000, 1500));
        assertThat(TestPictures.contains(photo, "Exif")).isTrue();
        assertThat(TestPictures.contains(photo, TestPictures.PLACE)).isTrue();

        Map<PictureSize, WebSizes.Encoded> sizes = bySize(WebSizes.of(PictureKind.COVER, read(photo, "image/jpeg")));

        assertThat(sizes.get(PictureSize.CARD)).extracting(WebSizes.Encoded::width, WebSizes.Encoded::height).containsExactly(800, 450);
        assertThat(sizes.get(PictureSize.PAGE)).extracting(WebSizes.Encoded::width, WebSizes.Encoded::height).containsExactly(1200, 900);
        assertThat(sizes.get(PictureSize.SHARE)).extracting(WebSizes.Encoded::width, WebSizes.Encoded::height).containsExactly(1200, 630);
        for (WebSizes.Encoded size : sizes.values()) {
            assertThat(size.mediaType()).isEqualTo("image/jpeg");
            assertThat(TestPictures.contains(size.bytes(), "Exif")).as(size.size() + " has no EXIF").isFalse();
            assertThat(TestPictures.contains(size.bytes(), TestPictures.PLACE)).isFalse();
            BufferedImage decoded = TestPictures.decode(size.bytes());
            assertThat(decoded.getWidth()).isEqualTo(size.width());
        }
    }

    @Test
    void smallPicturesAreNotBlownUpOnThePageButFillThePreview() {
        Map<PictureSize, WebSizes.Encoded> sizes = bySize(WebSizes.of(PictureKind.COVER, read(TestPictures.picture("png", 400, 300), null)));
        assertThat(sizes.get(PictureSize.PAGE)).extracting(WebSizes.Encoded::width, WebSizes.Encoded::height).containsExactly(400, 300);
        assertThat(sizes.get(PictureSize.SHARE)).extracting(WebSizes.Encoded::width, WebSizes.Encoded::height).containsExactly(1200, 630);
    }

    @Test
    void logosKeepTheirTransparencyAndSitOnWhiteInThePreview() {
        Map<PictureSize, WebSizes.Encoded> sizes = bySize(WebSizes.of(PictureKind.LOGO, read(TestPictures.transparentLogo(1000), null)));

        WebSizes.Encoded card = sizes.get(PictureSize.CARD);
        assertThat(card.mediaType()).isEqualTo("image/png");
        assertThat(card.width()).isEqualTo(160);
        BufferedImage cardImage = TestPictures.decode(card.bytes());
        assertThat(cardImage.getRGB(2, 2) >>> 24).as("a transparent corner").isZero();
        assertThat(cardImage.getRGB(80, 80) >>> 24).as("an opaque middle").isEqualTo(0xff);

        WebSizes.Encoded share = sizes.get(PictureSize.SHARE);
        assertThat(share.mediaType()).isEqualTo("image/jpeg");
        BufferedImage preview = TestPictures.decode(share.bytes());
        assertThat(preview.getWidth()).isEqualTo(1200);
        assertThat(preview.getHeight()).isEqualTo(630);
        assertThat(preview.getRGB(10, 10) & 0xffffff).as("white around the logo").isGreaterThan(0xf0f0f0);
        int middle = preview.getRGB(600, 315);
        assertThat((middle & 0xff) < 0xc0 && (middle >> 16 & 0xff) < 0x80).as("the logo's colour in the middle").isTrue();
    }

    private static Map<PictureSize, WebSizes.Encoded> bySize(List<WebSizes.Encoded> sizes) {
        return sizes.stream().collect(Collectors.toMap(WebSizes.Encoded::size, Function.identity()));
    }
}
