package dev.pitchnight.event;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pitchnight.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A night's link shares with a picture, opens in people's calendars and on a map (issue 14, point 2). */
@QuarkusTest
class SharingTest {

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
        QuarkusTransaction.requiringNew().run(() -> {
            Event event = Event.findById(night.id);
            event.venueName = "Hacker Dojo";
            event.venueAddress = "855 Maude Ave, Mountain View, CA";
        });
        night = data.reload(night.id);
    }

    @Test
    void thePageCarriesAPreviewCardAndItsAddress() {
        String page = given().get("/events/" + night.id).then().statusCode(200).extract().asString();

        String url = meta(page, "og:url");
        assertThat(url).endsWith("/events/" + night.id);
        assertThat(find(page, "<link rel=\"canonical\" href=\"([^\"]+)\"")).isEqualTo(url);
        assertThat(meta(page, "og:title")).isEqualTo("Palo Alto Pitch Night");
        assertThat(meta(page, "og:description")).contains("SV New Tech");
        assertThat(meta(page, "og:image")).endsWith("/events/" + night.id + "/card.png?v=" + night.version);
        assertThat(find(page, "<meta name=\"twitter:card\" content=\"([^\"]+)\"")).isEqualTo("summary_large_image");
    }

    @Test
    void thePreviewCardIsA1200By630PictureCachedForAYearAtItsVersionedAddress() throws IOException {
        Response card = given().get("/events/" + night.id + "/card.png?v=" + night.version);
        assertThat(card.statusCode()).isEqualTo(200);
        assertThat(card.contentType()).isEqualTo("image/png");
        assertThat(card.header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/night-card.png"), card.asByteArray());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(card.asByteArray()));
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(630);
        // The brand colour fills the card and the title is drawn on it in white somewhere.
        assertThat(image.getRGB(600, 20) & 0xffffff).isEqualTo(0x3b2a8f);
        assertThat(hasWhite(image)).isTrue();

        Response stale = given().get("/events/" + night.id + "/card.png?v=" + (night.version + 7));
        assertThat(stale.header("Cache-Control")).isEqualTo("public, max-age=300");
    }

    @Test
    void aDraftHasNoPublicCard() {
        Event draft = data.event(group, "Secret Draft", Event.Status.DRAFT, Duration.ofDays(9));
        Response card = given().get("/events/" + draft.id + "/card.png");
        assertThat(card.statusCode()).isEqualTo(404);
        assertThat(card.contentType()).doesNotContain("image/png");
    }

    @Test
    void calendarLinksForGoogleAndOutlookCarryTheNightInUtc() {
        String page = given().get("/events/" + night.id).asString();
        String google = href(page, "https://calendar.google.com/");
        String outlook = href(page, "https://outlook.live.com/");
        String start = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").format(utc(night.startsAt));
        String end = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").format(utc(night.endsAt));

        String decodedGoogle = URLDecoder.decode(google, StandardCharsets.UTF_8);
        assertThat(decodedGoogle).contains("action=TEMPLATE", "text=Palo Alto Pitch Night", "dates=" + start + "/" + end,
                "location=Hacker Dojo, 855 Maude Ave, Mountain View, CA", "/events/" + night.id);
        String decodedOutlook = URLDecoder.decode(outlook, StandardCharsets.UTF_8);
        assertThat(decodedOutlook).contains("subject=Palo Alto Pitch Night",
                "startdt=" + DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(utc(night.startsAt).withNano(0)) + "Z");
        assertThat(page).contains("<a href=\"/events/" + night.id + "/calendar.ics\">");
    }

    @Test
    void theVenueLinksToOpenStreetMapAndAnOnlineNightHasNoMap() {
        String page = given().get("/events/" + night.id).asString();
        String map = href(page, "https://www.openstreetmap.org/search");
        assertThat(URLDecoder.decode(map, StandardCharsets.UTF_8))
                .endsWith("query=Hacker Dojo, 855 Maude Ave, Mountain View, CA");

        Event online = data.event(group, "Online Night", Event.Status.PUBLISHED, Duration.ofDays(14));
        String onlinePage = given().get("/events/" + online.id).asString();
        assertThat(onlinePage).doesNotContain("openstreetmap.org");
    }

    @Test
    void calendarUidsCarryTheConfiguredHost() {
        String ics = given().get("/events/" + night.id + "/calendar.ics").asString();
        assertThat(ics).contains("UID:event-" + night.id + "@localhost\r\n");
    }

    private static String meta(String page, String property) {
        return find(page, "<meta property=\"" + Pattern.quote(property) + "\" content=\"([^\"]*)\"");
    }

    private static String href(String page, String prefix) {
        return find(page, "<a href=\"(" + Pattern.quote(prefix) + "[^\"]*)\"");
    }

    /** The first group of the first match, with the HTML escapes of an attribute undone. */
    private static String find(String page, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(page);
        assertThat(matcher.find()).as("%s in the page", regex).isTrue();
        return matcher.group(1).replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'");
    }

    private static LocalDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDateTime();
    }

    private static boolean hasWhite(BufferedImage image) {
        for (int y = 150; y < 450; y += 2) {
            for (int x = 80; x < 600; x += 2) {
                if ((image.getRGB(x, y) & 0xffffff) == 0xffffff) {
                    return true;
                }
            }
        }
        return false;
    }
}
