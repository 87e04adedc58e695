package dev.pitchnight.event;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pitchnight.picture.PictureKind;
import dev.pitchnight.picture.TestPictures;
import dev.pitchnight.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A group's logo (issue 14, point 1): {@code PUT/DELETE /api/groups/{slug}/logo}, the group's edit page, where
 * the logo shows (group page, the stage before the night) and the preview rule: cover, else logo, else card.
 */
@QuarkusTest
class LogoTest {

    @Inject
    TestData data;

    MeetupGroup group;
    Event night;

    @BeforeEach
    void group() {
        data.clear();
        group = data.group("svnewtech", "SV New Tech");
        data.member(group, "olivia", GroupMember.GroupRole.OWNER);
        night = data.event(group, "Palo Alto Pitch Night", Event.Status.PUBLISHED, Duration.ofDays(7));
    }

    static Response put(String user, String slug, byte[] body, String type) {
        return CoverTest.as(user).contentType(type).body(body).put("/api/groups/" + slug + "/logo");
    }

    @Test
    void aTransparentLogoKeepsItsTransparencyInListsAndSitsOnWhiteInPreviews() {
        Response answer = put("olivia", "svnewtech", TestPictures.transparentLogo(600), "image/png");

        assertThat(answer.statusCode()).isEqualTo(200);
        String hash = answer.path("hash");
        assertThat(PictureRows.of(PictureKind.LOGO, group.id)).containsExactly(
                "CARD image/png 160x160 " + hash, "PAGE image/png 480x480 " + hash, "SHARE image/jpeg 1200x630 " + hash);
        Response card = given().get((String) answer.path("card"));
        assertThat(card.contentType()).isEqualTo("image/png");
        assertThat(card.header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        BufferedImage image = TestPictures.decode(card.asByteArray());
        assertThat(image.getRGB(1, 1) >>> 24).isZero();
        BufferedImage share = TestPictures.decode(given().get((String) answer.path("share")).asByteArray());
        assertThat(share.getWidth()).isEqualTo(1200);
        assertThat(share.getRGB(5, 5) & 0xffffff).isGreaterThan(0xf0f0f0);
    }

    @Test
    void theLogoShowsOnTheGroupsPageAndOnTheStageBeforeTheNight() {
        String hash = put("olivia", "svnewtech", TestPictures.transparentLogo(300), "image/png").path("hash");

        String page = given().get("/groups/svnewtech").then().statusCode(200).extract().asString();
        assertThat(page).contains("<img class=\"group-logo\" src=\"/groups/svnewtech/logo/" + hash + "/page\" alt=\"Logo of SV New Tech\">");

        String key = CoverTest.as("olivia").get("/api/events/" + night.id + "/live/stage").then().statusCode(200)
                .extract().path("stageKey");
        String stage = given().get("/stage/" + key).then().statusCode(200).extract().asString();
        assertThat(stage).contains("class=\"stage-logo\" src=\"/groups/svnewtech/logo/" + hash + "/page\" alt=\"Logo of SV New Tech\"");
    }

    @Test
    void aNightWithoutACoverSharesItsGroupsLogoAndACoverWinsOverTheLogo() {
        String logo = put("olivia", "svnewtech", TestPictures.picture("jpg", 400, 400), "image/jpeg").path("hash");

        String page = given().get("/events/" + night.id).then().statusCode(200).extract().asString();
        assertThat(CoverTest.meta(page, "og:image")).endsWith("/groups/svnewtech/logo/" + logo + "/share");
        assertThat(CoverTest.meta(page, "og:image:width")).isEqualTo("1200");

        String cover = CoverTest.put("olivia", night.id, TestPictures.picture("png", 1300, 700), "image/png").path("hash");
        String withCover = CoverTest.as("olivia").get("/events/" + night.id).then().statusCode(200).extract().asString();
        assertThat(CoverTest.meta(withCover, "og:image")).endsWith("/events/" + night.id + "/cover/" + cover + "/share");

        CoverTest.as("olivia").delete("/api/events/" + night.id + "/cover").then().statusCode(204);
        CoverTest.as("olivia").delete("/api/groups/svnewtech/logo").then().statusCode(204);
        String bare = CoverTest.as("olivia").get("/events/" + night.id).then().statusCode(200).extract().asString();
        assertThat(CoverTest.meta(bare, "og:image")).contains("/events/" + night.id + "/card.png?v=");
        assertThat(PictureRows.all()).isZero();
        assertThat(PictureRows.logoHash(group.id)).isNull();
    }

    @Test
    void onlyTheGroupsOrganizersChangeItsLogo() {
        assertThat(put("alice", "svnewtech", TestPictures.picture("png", 64, 64), "image/png").statusCode()).isEqualTo(403);
        assertThat(put(null, "svnewtech", TestPictures.picture("png", 64, 64), "image/png").statusCode()).isEqualTo(401);
        assertThat(CoverTest.as("alice").delete("/api/groups/svnewtech/logo").statusCode()).isEqualTo(403);
        assertThat(put("olivia", "no-such-group", TestPictures.picture("png", 64, 64), "image/png").statusCode()).isEqualTo(404);
        assertThat(PictureRows.all()).isZero();
        assertThat(put("admin", "svnewtech", TestPictures.picture("png", 64, 64), "image/png").statusCode()).isEqualTo(200);
        assertThat(PictureRows.of(PictureKind.LOGO, group.id)).hasSize(3);
    }

    @Test
    void badLogosAreRefusedAndStoreNothing() {
        CoverTest.refused(put("olivia", "svnewtech", TestPictures.pngBomb(30_000, 30_000), "image/png"), 413,
                "The picture is 30000×30000 pixels; at most 50 megapixels are taken.");
        CoverTest.refused(put("olivia", "svnewtech", TestPictures.text(), "image/webp"), 415,
                "This file is not a JPEG, PNG or WebP picture.");
        CoverTest.refused(put("olivia", "svnewtech", TestPictures.truncated(TestPictures.webpLossy(), 0.7), "image/webp"), 400,
                "The picture could not be read to its end: the file is damaged or incomplete.");
        assertThat(PictureRows.all()).isZero();
        assertThat(PictureRows.logoHash(group.id)).isNull();
    }

    @Test
    void theGroupsEditPageUploadsAndRemovesTheLogo() {
        String edit = "/groups/svnewtech/edit";
        Response uploaded = PictureRows.upload("olivia", edit, "/groups/svnewtech/logo", "logo", "logo.png",
                TestPictures.transparentLogo(200), "image/png", "en");
        assertThat(uploaded.statusCode()).isEqualTo(303);
        assertThat(uploaded.header("Location")).endsWith(edit + "#logo");
        String hash = PictureRows.logoHash(group.id);
        assertThat(hash).isNotNull();
        assertThat(CoverTest.as("olivia").get(edit).asString())
                .contains("src=\"/groups/svnewtech/logo/" + hash + "/card\" alt=\"Logo of SV New Tech\"");

        Response refused = PictureRows.upload("olivia", edit, "/groups/svnewtech/logo", "logo", "huge.png",
                TestPictures.pngBomb(40_000, 40_000), "image/png", "en");
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.asString()).contains("id=\"logo-error\">The picture is 40000×40000 pixels; at most 50 megapixels are taken.</p>");
        assertThat(PictureRows.logoHash(group.id)).isEqualTo(hash);

        assertThat(PictureRows.press("olivia", edit, "/groups/svnewtech/logo/delete").statusCode()).isEqualTo(303);
        assertThat(PictureRows.of(PictureKind.LOGO, group.id)).isEmpty();
    }
}
