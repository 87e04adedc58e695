package dev.pitchnight.event;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pitchnight.picture.PictureKind;
import dev.pitchnight.picture.TestPictures;
import dev.pitchnight.support.Keycloak;
import dev.pitchnight.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A night's cover (issue 14, point 1): {@code PUT/DELETE /api/events/{id}/cover}, the edit page's form, the
 * sizes served at their hashed addresses, and what refused uploads leave behind (nothing).
 */
@QuarkusTest
class CoverTest {

    private static final String FOREVER = "public, max-age=31536000, immutable";

    @Inject
    TestData data;

    MeetupGroup group;
    Event night;

    @BeforeEach
    void night() {
        data.clear();
        group = data.group("svnewtech", "SV New Tech");
        data.member(group, "olivia", GroupMember.GroupRole.OWNER);
        night = data.event(group, "Palo Alto Pitch Night", Event.Status.PUBLISHED, Duration.ofDays(7));
    }

    static RequestSpecification as(String user) {
        return user == null ? given() : given().auth().oauth2(Keycloak.accessToken(user));
    }

    static Response put(String user, long id, byte[] body, String type) {
        return as(user).contentType(type).body(body).put("/api/events/" + id + "/cover");
    }

    @Test
    void anOrganizerSetsACoverAndItsThreeSizesAreServedForAYear() throws Exception {
        Response answer = put("olivia", night.id, TestPictures.picture("png", 1600, 1000), "image/png");

        assertThat(answer.statusCode()).isEqualTo(200);
        String hash = answer.path("hash");
        assertThat(hash).matches("[0-9a-f]{32}");
        assertThat(data.reload(night.id).coverHash).isEqualTo(hash);
        assertThat(PictureRows.of(PictureKind.COVER, night.id)).containsExactly(
                "CARD image/jpeg 800x450 " + hash, "PAGE image/jpeg 1440x900 " + hash, "SHARE image/jpeg 1200x630 " + hash);

        String share = answer.path("share");
        assertThat(share).isEqualTo("/events/" + night.id + "/cover/" + hash + "/share");
        for (String size : List.of("card", "page", "share")) {
            Response picture = given().get((String) answer.path(size));
            assertThat(picture.statusCode()).isEqualTo(200);
            assertThat(picture.contentType()).isEqualTo("image/jpeg");
            assertThat(picture.header("Cache-Control")).isEqualTo(FOREVER);
            BufferedImage image = TestPictures.decode(picture.asByteArray());
            assertThat(image.getWidth()).isEqualTo(switch (size) {
                case "card" -> 800;
                case "page" -> 1440;
                default -> 1200;
            });
        }
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/cover-share.jpg"), given().get(share).asByteArray());
        given().get("/events/" + night.id + "/cover/" + hash + "/huge").then().statusCode(404);
        given().get("/events/" + night.id + "/cover/" + "0".repeat(32) + "/card").then().statusCode(404);
    }

    @Test
    void aWebpCoverIsTakenAndServedAsJpeg() {
        Response answer = put("olivia", night.id, TestPictures.webpLossy(), "image/webp");
        assertThat(answer.statusCode()).isEqualTo(200);
        Response card = given().get((String) answer.path("card"));
        assertThat(card.contentType()).isEqualTo("image/jpeg");
        assertThat(TestPictures.decode(card.asByteArray()).getWidth()).isEqualTo(800);
    }

    @Test
    void thePhotosGpsAndDescriptionDoNotComeOutAgain() {
        byte[] photo = TestPictures.withGps(TestPictures.picture("jpg", 1800, 1200));
        assertThat(TestPictures.contains(photo, "Exif")).isTrue();

        Response answer = put("olivia", night.id, photo, "image/jpeg");

        assertThat(answer.statusCode()).isEqualTo(200);
        for (String size : List.of("card", "page", "share")) {
            byte[] served = given().get((String) answer.path(size)).asByteArray();
            assertThat(TestPictures.contains(served, "Exif")).as(size).isFalse();
            assertThat(TestPictures.contains(served, TestPictures.PLACE)).as(size).isFalse();
            assertThat(TestPictures.decode(served)).isNotNull();
        }
    }

    @Test
    void theNightsPageShowsTheCoverAndSharesItAsItsPreview() {
        String hash = put("olivia", night.id, TestPictures.picture("jpg", 1200, 800), "image/jpeg").path("hash");

        String page = given().get("/events/" + night.id).then().statusCode(200).extract().asString();

        assertThat(meta(page, "og:image")).endsWith("/events/" + night.id + "/cover/" + hash + "/share");
        assertThat(page).contains("<img class=\"event-cover\" src=\"/events/" + night.id + "/cover/" + hash + "/page\""
                + " alt=\"Cover picture of Palo Alto Pitch Night\">");
        String home = given().get("/").then().statusCode(200).extract().asString();
        assertThat(home).contains("src=\"/events/" + night.id + "/cover/" + hash + "/card\"");
        String groupPage = given().get("/groups/svnewtech").then().statusCode(200).extract().asString();
        assertThat(groupPage).contains("src=\"/events/" + night.id + "/cover/" + hash + "/card\"");
    }

    @Test
    void badFilesAreRefusedWithWordsAndLeaveTheCoverAsItWas() {
        String hash = put("olivia", night.id, TestPictures.picture("png", 900, 600), "image/png").path("hash");
        List<String> before = PictureRows.of(PictureKind.COVER, night.id);
        assertThat(before).hasSize(3);
        byte[] tooBig = new byte[6 * 1024 * 1024];
        byte[] png = TestPictures.picture("png", 10, 10);
        System.arraycopy(png, 0, tooBig, 0, png.length);

        refused(put("olivia", night.id, TestPictures.text(), "image/png"), 415, "This file is not a JPEG, PNG or WebP picture.");
        refused(put("olivia", night.id, TestPictures.picture("png", 50, 50), "image/gif"), 415,
                "Send the picture as image/jpeg, image/png or image/webp, not image/gif.");
        refused(put("olivia", night.id, TestPictures.truncated(TestPictures.picture("jpg", 900, 600), 0.5), "image/jpeg"), 400,
                "The picture could not be read to its end: the file is damaged or incomplete.");
        refused(put("olivia", night.id, TestPictures.truncated(TestPictures.picture("png", 900, 600), 0.5), "image/png"), 400,
                "The picture could not be read to its end: the file is damaged or incomplete.");
        refused(put("olivia", night.id, TestPictures.pngBomb(60_000, 60_000), "image/png"), 413,
                "The picture is 60000×60000 pixels; at most 50 megapixels are taken.");
        refused(put("olivia", night.id, tooBig, "image/png"), 413, "The picture is larger than 5 MB; send a smaller one.");
        refused(put("olivia", night.id, new byte[0], "image/png"), 400, "No picture was sent: choose a JPEG, PNG or WebP file.");

        assertThat(PictureRows.of(PictureKind.COVER, night.id)).isEqualTo(before);
        assertThat(data.reload(night.id).coverHash).isEqualTo(hash);
    }

    @Test
    void refusalsSpeakTheReadersLanguage() {
        Response answer = as("olivia").header("Accept-Language", "de").contentType("image/png").body(TestPictures.text())
                .put("/api/events/" + night.id + "/cover");
        assertThat(answer.statusCode()).isEqualTo(415);
        assertThat((String) answer.path("detail")).isEqualTo("Diese Datei ist kein JPEG-, PNG- oder WebP-Bild.");
        assertThat(PictureRows.all()).isZero();
    }

    @Test
    void aNewUploadReplacesTheOldOneWhoseAddressesAreGone() {
        Response first = put("olivia", night.id, TestPictures.picture("png", 800, 500), "image/png");
        Response second = put("olivia", night.id, TestPictures.picture("jpg", 1000, 700), "image/jpeg");

        assertThat((String) second.path("hash")).isNotEqualTo(first.path("hash"));
        given().get((String) first.path("card")).then().statusCode(404);
        given().get((String) second.path("card")).then().statusCode(200);
        assertThat(PictureRows.of(PictureKind.COVER, night.id)).hasSize(3).allMatch(row -> row.endsWith(second.path("hash")));
    }

    @Test
    void deletingTheCoverRemovesItAndThePreviewFallsBackToTheDrawnCard() {
        Response set = put("olivia", night.id, TestPictures.picture("png", 800, 500), "image/png");

        as("olivia").delete("/api/events/" + night.id + "/cover").then().statusCode(204);

        assertThat(PictureRows.of(PictureKind.COVER, night.id)).isEmpty();
        assertThat(data.reload(night.id).coverHash).isNull();
        given().get((String) set.path("page")).then().statusCode(404);
        Event now = data.reload(night.id);
        String page = given().get("/events/" + night.id).then().statusCode(200).extract().asString();
        assertThat(meta(page, "og:image")).endsWith("/events/" + night.id + "/card.png?v=" + now.version);
        assertThat(page).doesNotContain("event-cover");
        as("olivia").delete("/api/events/" + night.id + "/cover").then().statusCode(204);
    }

    @Test
    void onlyTheNightsOrganizersChangeItsCoverAndDraftsStayHidden() {
        assertThat(put("alice", night.id, TestPictures.picture("png", 80, 50), "image/png").statusCode()).isEqualTo(403);
        assertThat(put(null, night.id, TestPictures.picture("png", 80, 50), "image/png").statusCode()).isEqualTo(401);
        assertThat(as("alice").delete("/api/events/" + night.id + "/cover").statusCode()).isEqualTo(403);
        // Authorization comes first: a stranger's bad file is a 403, not a 415.
        assertThat(put("alice", night.id, TestPictures.text(), "text/plain").statusCode()).isEqualTo(403);
        assertThat(PictureRows.all()).isZero();

        Event draft = data.event(group, "Next month", Event.Status.DRAFT, Duration.ofDays(30));
        assertThat(put("alice", draft.id, TestPictures.picture("png", 80, 50), "image/png").statusCode()).isEqualTo(404);
        Response mine = put("olivia", draft.id, TestPictures.picture("png", 80, 50), "image/png");
        assertThat(mine.statusCode()).isEqualTo(200);
        as("alice").get((String) mine.path("card")).then().statusCode(404);
        given().get((String) mine.path("card")).then().statusCode(404);
        Response own = as("olivia").get((String) mine.path("card"));
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.header("Cache-Control")).isEqualTo("private, max-age=31536000, immutable");
    }

    @Test
    void deletingADraftTakesItsCoverAlong() {
        Event draft = data.event(group, "Next month", Event.Status.DRAFT, Duration.ofDays(30));
        put("olivia", draft.id, TestPictures.picture("png", 80, 50), "image/png").then().statusCode(200);
        as("olivia").delete("/api/events/" + draft.id).then().statusCode(204);
        assertThat(PictureRows.of(PictureKind.COVER, draft.id)).isEmpty();
    }

    @Test
    void theEditPageUploadsAndRemovesTheCoverThroughItsForms() {
        String edit = "/events/" + night.id + "/edit";
        Response uploaded = PictureRows.upload("olivia", edit, "/events/" + night.id + "/cover", "cover", "stage.jpg",
                TestPictures.picture("jpg", 1400, 900), "image/jpeg", "en");

        assertThat(uploaded.statusCode()).isEqualTo(303);
        assertThat(uploaded.header("Location")).endsWith(edit + "#cover");
        String hash = data.reload(night.id).coverHash;
        assertThat(PictureRows.of(PictureKind.COVER, night.id)).hasSize(3);
        String page = as("olivia").get(edit).then().statusCode(200).extract().asString();
        assertThat(page).contains("src=\"/events/" + night.id + "/cover/" + hash + "/card\"").contains("Remove cover");

        // A text file renamed to .png comes back as the form with the reason at the field; nothing changes.
        Response refused = PictureRows.upload("olivia", edit, "/events/" + night.id + "/cover", "cover", "logo.png",
                TestPictures.text(), "image/png", "de");
        assertThat(refused.statusCode()).isEqualTo(415);
        assertThat(refused.asString()).contains("id=\"cover-error\">Diese Datei ist kein JPEG-, PNG- oder WebP-Bild.</p>");
        assertThat(data.reload(night.id).coverHash).isEqualTo(hash);

        Response removed = PictureRows.press("olivia", edit, "/events/" + night.id + "/cover/delete");
        assertThat(removed.statusCode()).isEqualTo(303);
        assertThat(PictureRows.of(PictureKind.COVER, night.id)).isEmpty();
    }

    static String meta(String page, String property) {
        Matcher m = Pattern.compile("<meta property=\"" + Pattern.quote(property) + "\" content=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as("meta " + property).isTrue();
        return m.group(1);
    }

    static void refused(Response answer, int status, String detail) {
        assertThat(answer.statusCode()).as(detail).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat((String) answer.path("detail")).isEqualTo(detail);
    }
}
