package dev.pitchnight.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pitchnight.picture.TestPictures;
import dev.pitchnight.support.Keycloak;
import dev.pitchnight.support.MatrixData;
import dev.pitchnight.support.Routes;
import dev.pitchnight.support.Routes.Route;
import dev.pitchnight.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;

/**
 * Thousands of malformed, oversized, wrong-typed, unicode-edge and injection inputs against every
 * route that takes a body (JSON, forms, multipart, PDF, pictures) and against every route's path ids. Each
 * answer must be a 2xx or a 4xx — never a 5xx; a refused request (4xx) must not change a single
 * row of any table; and no HTML answer may carry a hostile snippet unescaped. The routes come
 * from the application itself ({@link Routes}); values from jqwik's generators plus a list of
 * known troublemakers. The number of inputs tried is printed ("HOSTILE tried=…").
 */
@QuarkusTest
class HostileInputTest {

    /** How many bodies per route; with the path probes this makes a few thousand requests. */
    private static final int BODIES_PER_ROUTE = 24;

    private static final String SCRIPT = "<script>alert('pn')</script>";
    private static final String IMG = "\"><img src=x onerror=alert(1)>";

    /** The field names the API and the forms use anywhere: a hostile body aims at real fields. */
    private static final List<String> FIELDS = List.of("guests", "title", "description", "startsAt", "endsAt", "timeZone",
            "capacity", "guestsAllowed", "waitlistPolicy", "status", "venue", "onlineUrl", "rsvpOpensAt", "rsvpClosesAt",
            "position", "decision", "token", "company", "oneLiner", "problem", "stage", "website", "deckUrl", "team",
            "contactEmail", "pitchId", "pitchMinutes", "qaMinutes", "kind", "minutes", "username", "name", "role", "link",
            "email", "lookingFor", "lookingFor[]", "comment", "text", "anonymous", "opensAt", "closesAt", "brief", "slotsWanted", "blind",
            "weights", "scores", "q", "rsvpId", "code", "noShows", "enabled", "share", "note", "csrf-token",
            "audience", "subject", "body", "newNights", "reminders", "organizerMessages",
            "confirm");

    private static final List<String> TROUBLE_STRINGS = List.of("", " ", "\u0000", "null", "NaN", "-1", "0", "1e309",
            "99999999999999999999999", "' OR '1'='1' -- ", "\"; DROP TABLE rsvps; --", "${jndi:ldap://x/a}", "{{7*7}}",
            "{#include layout}", SCRIPT, IMG, "javascript:alert(1)", "\u202Egnp.exe", "\uD83D\uDE80\uD83D\uDE80",
            "\uD800", "\u200B\u200B\u200B", "é".repeat(300), "x".repeat(70_000), "2026-02-30T25:61:00", "Europe/Atlantis",
            "../../etc/passwd", "%00", "\r\nSet-Cookie: x=1", "true", "[]", "{}");

    private static final List<String> MALFORMED_JSON = List.of("", "{", "}", "[", "{\"guests\":}", "{\"guests\":1,}",
            "{'guests':1}", "\"unterminated", "nul", "{\"a\":1}{\"b\":2}", "\uFEFF{}", "[1,2,3]", "42", "true",
            "{\"guests\":\"1\"\"}", "[".repeat(5_000) + "]".repeat(5_000), "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000));

    @Inject
    MatrixData world;

    @Inject
    TestData data;

    private final Random random = new Random(20261122);
    private final Map<String, Integer> statuses = new TreeMap<>();
    private int tried;
    private Map<String, String> ids;
    private Map<String, Long> rows;
    private String csrf;

    @Test
    void noHostileInputGetsA500WritesARowOrComesBackUnescaped() {
        List<String> problems = new ArrayList<>();
        fresh();
        csrf = given().auth().oauth2(Keycloak.accessToken("olivia")).get("/groups/svnewtech/events/new")
                .then().statusCode(200).extract().cookie("csrf-token");
        for (Route route : Routes.all().values()) {
            if (route.streams()) {
                continue; // a stream never ends; its ids are probed by the live tests
            }
            for (String hostileId : List.of("abc", "-1", "0", "99999999999999999999", "1.5", "%2e%2e", "%00", "1%20OR%201=1")) {
                probe(route, pathWith(route, hostileId), null, problems);
            }
            if (!route.writes()) {
                continue;
            }
            for (int i = 0; i < BODIES_PER_ROUTE; i++) {
                probe(route, Routes.fill(route.path(), ids), i, problems);
            }
        }
        System.out.println("HOSTILE tried=" + tried + " routes=" + Routes.all().size() + " statuses=" + statuses);
        assertThat(problems).as("hostile inputs that were not refused cleanly (of %d tried)", tried).isEmpty();
        assertThat(tried).isGreaterThan(2_000);
    }

    /** One request; {@code body} null means: the route's ordinary empty request (path probes). */
    private void probe(Route route, String path, Integer body, List<String> problems) {
        RequestSpecification request = given().redirects().follow(false)
                .config(RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .auth().oauth2(Keycloak.accessToken(personFor(route)));
        String sent;
        if (body == null) {
            sent = "(path) " + path;
        } else if (route.consumes().contains("application/pdf")) {
            byte[] bytes = new byte[random.nextInt(4096)];
            random.nextBytes(bytes);
            request.contentType("application/pdf").body(bytes);
            sent = bytes.length + " random bytes as a PDF";
        } else if (route.consumes().contains("multipart/form-data")) {
            request.cookie("csrf-token", csrf).multiPart("csrf-token", csrf);
            Map<String, String> fields = hostileFields();
            fields.forEach((name, value) -> request.multiPart(name, value));
            byte[] file = hostileString().getBytes(StandardCharsets.UTF_8);
            request.multiPart("deck", "deck.pdf", file, "application/pdf");
            byte[] picture = hostilePicture();
            request.multiPart("cover", "cover.png", picture, "image/png").multiPart("logo", "logo.webp", picture, "image/webp");
            sent = "multipart " + abbreviate(fields.toString()) + " with a " + picture.length + "-byte picture";
        } else if (route.consumes().equals("*/*") && route.method().equals("PUT")) {
            byte[] picture = hostilePicture();
            String type = List.of("image/png", "image/jpeg", "image/webp", "text/plain", "image/svg+xml", "").get(random.nextInt(6));
            request.contentType(type).body(picture);
            sent = picture.length + " hostile picture bytes as " + type;
        } else if (route.path().startsWith("/api/")) {
            String json = body % 3 == 0 ? MALFORMED_JSON.get(random.nextInt(MALFORMED_JSON.size())) : hostileJson();
            request.contentType("application/json").body(json.getBytes(StandardCharsets.UTF_8));
            sent = "json " + abbreviate(json);
        } else {
            Map<String, String> fields = hostileFields();
            request.contentType("application/x-www-form-urlencoded").cookie("csrf-token", csrf).formParam("csrf-token", csrf);
            fields.forEach(request::formParam);
            sent = "form " + abbreviate(fields.toString());
        }
        Response answer = request.request(route.method(), path);
        tried++;
        int status = answer.statusCode();
        statuses.merge(status / 100 + "xx", 1, Integer::sum);
        String where = route.key() + " with " + sent + " answered " + status;
        if (status >= 500) {
            problems.add(where + ": " + abbreviate(answer.asString()));
        }
        String type = String.valueOf(answer.contentType());
        if (type.contains("html") && (answer.asString().contains(SCRIPT) || answer.asString().contains("<img src=x onerror"))) {
            problems.add(where + ": a hostile snippet came back unescaped");
        }
        if (status >= 400) {
            Map<String, Long> after = data.rowCounts();
            if (!after.equals(rows)) {
                problems.add(where + ": rows changed although it was refused: " + rows + " -> " + after);
                fresh();
            }
        } else if (route.writes()) {
            fresh(); // it was accepted (hostile but valid, e.g. a title with markup): start over
        }
    }

    private void fresh() {
        ids = world.night();
        rows = data.rowCounts();
    }

    private static String personFor(Route route) {
        String path = route.path();
        if (path.contains("pitches") && !path.contains("decision") && !path.contains("review")) {
            return "sam";
        }
        if (path.contains("network") || path.contains("contacts") || path.contains("/rsvp")) {
            return "alice";
        }
        return "olivia";
    }

    /** The route's path with every placeholder replaced by a hostile id (the rest of the path stays real). */
    private static String pathWith(Route route, String hostileId) {
        return route.path().replaceAll("\\{[^}]+}", hostileId);
    }

    /**
     * A picture that is not one: random bytes behind a JPEG, PNG or WebP signature, a real picture cut short
     * or with bytes flipped, a decompression bomb, text, SVG with a script.
     */
    private byte[] hostilePicture() {
        byte[] real = TestPictures.picture(random.nextBoolean() ? "png" : "jpg", 40 + random.nextInt(200), 30 + random.nextInt(200));
        return switch (random.nextInt(7)) {
            case 0 -> withPrefix(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}, random.nextInt(4096));
            case 1 -> withPrefix(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a}, random.nextInt(4096));
            case 2 -> withPrefix("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1), random.nextInt(4096));
            case 3 -> TestPictures.truncated(real, random.nextDouble() * 0.9);
            case 4 -> {
                for (int i = 0; i < 8; i++) {
                    real[16 + random.nextInt(real.length - 16)] ^= (byte) (1 + random.nextInt(255));
                }
                yield real;
            }
            case 5 -> TestPictures.pngBomb(1 + random.nextInt(100_000), 1 + random.nextInt(100_000));
            default -> ("<svg xmlns=\"http://www.w3.org/2000/svg\">" + SCRIPT + hostileString() + "</svg>").getBytes(StandardCharsets.UTF_8);
        };
    }

    private byte[] withPrefix(byte[] prefix, int randomBytes) {
        byte[] bytes = new byte[prefix.length + randomBytes];
        random.nextBytes(bytes);
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        return bytes;
    }

    private Map<String, String> hostileFields() {
        Map<String, String> fields = new TreeMap<>();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            fields.put(FIELDS.get(random.nextInt(FIELDS.size())), hostileString());
        }
        return fields;
    }

    private String hostileJson() {
        StringBuilder json = new StringBuilder("{");
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append('"').append(FIELDS.get(random.nextInt(FIELDS.size()))).append("\":").append(hostileJsonValue(0));
        }
        return json.append('}').toString();
    }

    private String hostileJsonValue(int depth) {
        return switch (random.nextInt(depth > 2 ? 6 : 8)) {
            case 0 -> quote(hostileString());
            case 1 -> List.of("-1", "0", "2147483648", "-9223372036854775809", "1e309", "-0.5", "1.7976931348623157E308")
                    .get(random.nextInt(7));
            case 2 -> random.nextBoolean() ? "true" : "false";
            case 3 -> "null";
            case 4 -> quote(TROUBLE_STRINGS.get(random.nextInt(TROUBLE_STRINGS.size())));
            case 5 -> quote(Arbitraries.strings().all().ofMaxLength(40).sample());
            case 6 -> "[" + hostileJsonValue(depth + 1) + "," + hostileJsonValue(depth + 1) + "]";
            default -> "{\"" + FIELDS.get(random.nextInt(FIELDS.size())) + "\":" + hostileJsonValue(depth + 1) + "}";
        };
    }

    /** A troublemaker from the list, or a random string of any code points (jqwik). */
    private String hostileString() {
        if (random.nextBoolean()) {
            return TROUBLE_STRINGS.get(random.nextInt(TROUBLE_STRINGS.size()));
        }
        Arbitrary<String> any = Arbitraries.strings().all().ofMinLength(0).ofMaxLength(random.nextInt(10) == 0 ? 3_000 : 60);
        return any.sample();
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String abbreviate(String s) {
        String flat = s.codePoints().limit(160).mapToObj(Character::toString).collect(Collectors.joining()).replaceAll("\\s+", " ");
        return s.length() > 160 ? flat + "…" : flat;
    }
}
