package dev.pitchnight.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.decoder.Decoder;
import com.aayushatharva.brotli4j.decoder.DecoderJNI;
import dev.pitchnight.event.Event;
import dev.pitchnight.event.GroupMember;
import dev.pitchnight.event.MeetupGroup;
import dev.pitchnight.support.TestData;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What browsers get over the wire: compressed text (brotli or gzip, whichever they ask for),
 * static files under URLs versioned by content and cached for a year, HTTP dates in the one
 * format RFC 9110 allows.
 */
@QuarkusTest
class DeliveryTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern IMF_FIXDATE =
            Pattern.compile("(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");

    @TestHTTPResource("/")
    URL root;

    @Inject
    TestData data;

    long eventId;

    @BeforeEach
    void night() {
        data.clear();
        MeetupGroup group = data.group("svnewtech", "SV New Tech");
        data.member(group, "olivia", GroupMember.GroupRole.OWNER);
        eventId = data.event(group, "Compressed Night", Event.Status.PUBLISHED, Duration.ofDays(7)).id;
    }

    @Test
    void pagesStylesScriptsJsonProblemsAndCalendarsAreCompressedWithGzip() throws Exception {
        String css = StaticAssets.url("/css/app.css");
        for (String path : new String[] {"/", "/events/" + eventId, css, "/js/local-time.js", "/api/events",
                "/api/events/999999999", "/groups/svnewtech/calendar.ics"}) {
            HttpResponse<byte[]> plain = get(path, "identity");
            HttpResponse<byte[]> gzip = get(path, "gzip");
            assertThat(gzip.headers().firstValue("Content-Encoding")).as(path).contains("gzip");
            assertThat(gzip.headers().firstValue("Vary").orElse("")).as(path).containsIgnoringCase("accept-encoding");
            byte[] unpacked = gunzip(gzip.body());
            assertThat(unpacked.length).as(path + " is smaller on the wire").isGreaterThan(gzip.body().length);
            assertThat(plain.headers().firstValue("Content-Encoding").orElse("identity")).as(path).isEqualTo("identity");
            String text = new String(unpacked, StandardCharsets.UTF_8);
            if (path.startsWith("/api") || path.startsWith("/css/") || path.startsWith("/js/")) {
                // Not a page (no per-request CSRF token): the same bytes either way.
                assertThat(text).as(path).isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
            } else if (path.endsWith(".ics")) {
                assertThat(text).as(path).contains("BEGIN:VCALENDAR").contains("Compressed Night");
            } else {
                assertThat(text).as(path).contains("<html").contains("</html>");
            }
        }
        HttpResponse<byte[]> problem = get("/api/events/999999999", "gzip");
        assertThat(problem.headers().firstValue("Content-Type")).contains(Problem.MEDIA_TYPE);
        assertThat(new String(gunzip(problem.body()), StandardCharsets.UTF_8)).contains("\"status\":404");
        assertThat(get("/groups/svnewtech/calendar.ics", "gzip").headers().firstValue("Content-Type").orElse(""))
                .startsWith("text/calendar");
    }

    @Test
    void brotliWhenTheBrowserPrefersIt() throws Exception {
        HttpResponse<byte[]> br = get("/events/" + eventId, "br, gzip");
        assertThat(br.headers().firstValue("Content-Encoding")).contains("br");
        String page = new String(unbrotli(br.body()), StandardCharsets.UTF_8);
        assertThat(page).contains("Compressed Night").contains("</html>");
        assertThat(br.body().length).isLessThan(page.getBytes(StandardCharsets.UTF_8).length / 2);

        HttpResponse<byte[]> css = get(StaticAssets.url("/css/app.css"), "br");
        assertThat(css.headers().firstValue("Content-Encoding")).contains("br");
        assertThat(new String(unbrotli(css.body()), StandardCharsets.UTF_8)).isEqualTo(resource("/css/app.css"));
    }

    @Test
    void pagesLinkStaticFilesByTheHashOfTheirContent() throws Exception {
        String page = new String(get("/", "identity").body(), StandardCharsets.UTF_8);
        String expected = sha256("/css/app.css").substring(0, 12);
        Matcher link = Pattern.compile("href=\"/css/app\\.css\\?v=([0-9a-f]+)\"").matcher(page);
        assertThat(link.find()).as("the layout links app.css with a version").isTrue();
        assertThat(link.group(1)).isEqualTo(expected);
        assertThat(page).contains("/js/local-time.js?v=" + sha256("/js/local-time.js").substring(0, 12));
    }

    @Test
    void versionedFilesAreImmutableForAYearOthersForAnHour() throws Exception {
        String versioned = StaticAssets.url("/css/app.css");
        assertThat(versioned).matches("/css/app\\.css\\?v=[0-9a-f]{12}");
        HttpResponse<byte[]> immutable = get(versioned, "identity");
        assertThat(immutable.statusCode()).isEqualTo(200);
        assertThat(new String(immutable.body(), StandardCharsets.UTF_8)).isEqualTo(resource("/css/app.css"));
        assertThat(immutable.headers().firstValue("Cache-Control")).contains(DeliveryHeaders.IMMUTABLE);

        assertThat(get("/css/app.css", "identity").headers().firstValue("Cache-Control")).contains("public, max-age=3600");
        // An old version's URL must not pin today's content for a year.
        assertThat(get("/css/app.css?v=000000000000", "identity").headers().firstValue("Cache-Control"))
                .contains("public, max-age=3600");
        // The door's scanner files keep plain URLs (they load each other by path).
        assertThat(new String(get("/js/scanner.js", "identity").body(), StandardCharsets.UTF_8)).contains("zxing");
    }

    @Test
    void lastModifiedIsAnImfFixdate() throws Exception {
        for (String path : new String[] {"/css/app.css", StaticAssets.url("/js/live.js"), "/img/favicon.svg"}) {
            String lastModified = get(path, "identity").headers().firstValue("Last-Modified").orElseThrow();
            assertThat(lastModified).as(path).matches(IMF_FIXDATE);
            // It still names the same instant.
            ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME);
        }
        assertThat(DeliveryHeaders.httpDate("Fri, 4 Dec 2026 09:05:03 GMT")).isEqualTo("Fri, 04 Dec 2026 09:05:03 GMT");
        assertThat(DeliveryHeaders.httpDate("Sat, 19 Dec 2026 23:59:59 GMT")).isEqualTo("Sat, 19 Dec 2026 23:59:59 GMT");
        assertThat(DeliveryHeaders.httpDate("not a date")).isEqualTo("not a date");
    }

    // ----------------------------------------------------------------------------- helpers

    private HttpResponse<byte[]> get(String path, String acceptEncoding) throws IOException, InterruptedException {
        URI uri = URI.create(root.toString()).resolve(path);
        return HTTP.send(HttpRequest.newBuilder(uri).header("Accept-Encoding", acceptEncoding)
                .header("Accept", path.startsWith("/api") ? "application/json" : "text/html,*/*").build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }

    private static byte[] unbrotli(byte[] body) throws IOException {
        Brotli4jLoader.ensureAvailability();
        var decoded = Decoder.decompress(body);
        assertThat(decoded.getResultStatus()).isEqualTo(DecoderJNI.Status.DONE);
        return decoded.getDecompressedData();
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = DeliveryTest.class.getResourceAsStream("/META-INF/resources" + path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String sha256(String path) throws Exception {
        try (InputStream in = DeliveryTest.class.getResourceAsStream("/META-INF/resources" + path)) {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        }
    }
}
