package dev.pitchnight.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pitchnight.picture.TestPictures;
import dev.pitchnight.pitch.PitchData;
import dev.pitchnight.support.Keycloak;
import dev.pitchnight.support.MatrixData;
import dev.pitchnight.support.Routes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Who may do what, for every route of the application. The routes are read from the compiled
 * resource classes (every {@code @Path} with an HTTP method), so a new route that is not in the
 * table below fails {@link #everyRouteIsInTheMatrix}. Each cell runs against freshly seeded data
 * as that person: the organizer owns group {@code svnewtech} and its night {id}; "other
 * organizer" (oscar) has the organizer role but owns another group; everyone has an RSVP.
 *
 * <p>Outcomes: {@code A} allowed (the request got past authorization: 2xx, a redirect within the
 * app, or 400/409 for the deliberately empty body), {@code L} sign-in needed (401 on /api, the
 * redirect to Keycloak on pages), {@code F} forbidden (403), {@code N} not found (404: not
 * visible to this person). A 5xx fails every cell.
 *
 * <p>The seed has no pictures, so the hashed picture addresses ({@code …/cover/{hash}/{size}}) answer 404 to
 * everyone here; who sees which picture is tested in {@code event/CoverTest} and {@code event/LogoTest}.
 *
 * <p>Read with the seed in mind: the empty form of {@code POST /events/{id}/qa/ask} names no slot,
 * so everyone signed in gets 404 there; who may ask is tested in {@code QuestionResourceTest}.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    private static final String MATRIX = """
            # method route                                             anon attendee founder other-org organizer admin
            DELETE /api/events/{id}                                   L    F        F       F         A         A
            DELETE /api/events/{id}/reviewers/{username}              L    F        F       F         A         A
            DELETE /api/events/{id}/rsvp                              L    A        A       A         A         A
            DELETE /api/groups/{slug}/organizers/{username}           L    F        F       F         A         A
            DELETE /api/pitches/{id}                                  L    N        A       N         N         N
            DELETE /api/questions/{id}/vote                           L    A        A       A         A         A
            DELETE /api/slots/{id}                                    L    F        F       F         A         A
            GET    /                                                  A    A        A       A         A         A
            GET    /account                                           L    A        A       A         A         A
            GET    /admin                                             L    F        F       F         F         A
            GET    /api/events                                        A    A        A       A         A         A
            GET    /api/events/{id}                                   A    A        A       A         A         A
            GET    /api/events/{id}/attendees                         L    F        F       F         A         A
            GET    /api/events/{id}/award                             A    A        A       A         A         A
            GET    /api/events/{id}/call                              L    A        A       A         A         A
            GET    /api/events/{id}/checkins/counts                   L    F        F       F         A         A
            GET    /api/events/{id}/live                              A    A        A       A         A         A
            GET    /api/events/{id}/live/stage                        L    F        F       F         A         A
            GET    /api/events/{id}/live/stream                       A    A        A       A         A         A
            GET    /api/events/{id}/pitches                           L    A        A       A         A         A
            GET    /api/events/{id}/reviewers                         L    F        F       F         A         A
            GET    /api/events/{id}/reviews                           L    F        F       F         A         A
            GET    /api/events/{id}/rsvp                              L    A        A       A         A         A
            GET    /api/events/{id}/slots                             A    A        A       A         A         A
            GET    /api/groups                                        A    A        A       A         A         A
            GET    /api/groups/{slug}                                 A    A        A       A         A         A
            GET    /api/me                                            L    A        A       A         A         A
            GET    /api/pitches/{id}                                  L    N        A       N         A         A
            GET    /api/pitches/{id}/deck                             L    N        A       N         A         A
            GET    /api/pitches/{id}/report                           L    N        A       N         A         A
            GET    /api/slots/{id}/questions                          A    A        A       A         A         A
            GET    /contacts                                          L    A        A       A         A         A
            GET    /contacts/all.vcf                                  L    A        A       A         A         A
            GET    /contacts/{contact}.vcf                            L    A        N       N         N         N
            GET    /events/{id}                                       A    A        A       A         A         A
            GET    /events/{id}/agenda                                L    F        F       F         A         A
            GET    /events/{id}/attendance                            L    F        F       F         A         A
            GET    /events/{id}/attendees                             L    F        F       F         A         A
            GET    /events/{id}/attendees/export.csv                  L    F        F       F         A         A
            GET    /events/{id}/calendar.ics                          A    A        A       A         A         A
            GET    /events/{id}/card.png                              A    A        A       A         A         A
            GET    /events/{id}/checkin                               L    F        F       F         A         A
            GET    /events/{id}/copy                                  L    F        F       F         A         A
            GET    /events/{id}/edit                                  L    F        F       F         A         A
            GET    /events/{id}/live                                  L    F        F       F         A         A
            GET    /events/{id}/network                               L    A        A       A         A         A
            GET    /events/{id}/network/connect/{code}                L    A        A       A         A         A
            GET    /events/{id}/pitches/new                           L    A        A       A         A         A
            GET    /events/{id}/qa                                    A    A        A       A         A         A
            GET    /events/{id}/qa/signin                             L    A        A       A         A         A
            GET    /events/{id}/reports                               L    F        F       F         A         A
            GET    /events/{id}/review                                L    F        F       F         A         A
            GET    /events/{id}/review/call                           L    F        F       F         A         A
            GET    /events/{id}/rsvp                                  L    A        A       A         A         A
            GET    /events/{id}/ticket                                L    A        A       A         A         A
            GET    /groups                                            A    A        A       A         A         A
            GET    /groups/new                                        L    A        A       A         A         A
            GET    /groups/{slug}                                     A    A        A       A         A         A
            GET    /groups/{slug}/attendance                          L    F        F       F         A         A
            GET    /groups/{slug}/calendar.ics                        A    A        A       A         A         A
            GET    /groups/{slug}/edit                                L    F        F       F         A         A
            GET    /groups/{slug}/events/new                          L    F        F       F         A         A
            GET    /language                                          A    A        A       A         A         A
            GET    /logout                                            A    A        A       A         A         A
            GET    /ping                                              A    A        A       A         A         A
            GET    /pitches/mine                                      L    A        A       A         A         A
            GET    /pitches/{pitchId}/deck                            L    N        A       N         A         A
            GET    /pitches/{pitchId}/edit                            L    N        A       N         N         N
            GET    /pitches/{pitchId}/report                          L    N        A       N         A         A
            GET    /pitches/{pitchId}/review                          L    N        N       N         A         A
            GET    /signin                                            L    A        A       A         A         A
            GET    /stage/{key}                                       A    A        A       A         A         A
            GET    /stage/{key}/presenter                             A    A        A       A         A         A
            PATCH  /api/events/{id}                                   L    F        F       F         A         A
            PATCH  /api/groups/{slug}                                 L    F        F       F         A         A
            PATCH  /api/slots/{id}                                    L    F        F       F         A         A
            POST   /admin/groups/{slug}/restore                       L    F        F       F         F         A
            POST   /admin/groups/{slug}/suspend                       L    F        F       F         F         A
            POST   /api/events/{id}/award/vote                        L    A        A       A         A         A
            POST   /api/events/{id}/checkins                          L    F        F       F         A         A
            POST   /api/events/{id}/live/{action}                     L    F        F       F         A         A
            POST   /api/events/{id}/pitches                           L    A        A       A         A         A
            POST   /api/events/{id}/reviewers                         L    F        F       F         A         A
            POST   /api/events/{id}/rsvp/accept                       L    A        A       A         A         A
            POST   /api/events/{id}/rsvp/decline                      L    A        A       A         A         A
            POST   /api/events/{id}/slots                             L    F        F       F         A         A
            POST   /api/events/{id}/copy                              L    F        F       F         A         A
            POST   /api/events/{id}/waitlist/{username}/let-in        L    F        F       F         A         A
            POST   /api/events/{id}/waitlist/{username}/move          L    F        F       F         A         A
            POST   /api/groups                                        L    A        A       A         A         A
            POST   /api/groups/{slug}/events                          L    F        F       F         A         A
            POST   /api/pitches/{id}/decision                         L    F        F       F         A         A
            POST   /api/questions/{id}/moderation                     L    F        F       F         A         A
            POST   /api/questions/{id}/vote                           L    A        A       A         A         A
            POST   /api/slots/{id}/move                               L    F        F       F         A         A
            POST   /api/slots/{id}/questions                          L    A        A       A         A         A
            POST   /events/{id}/agenda/items                          L    F        F       F         A         A
            POST   /events/{id}/agenda/slots                          L    F        F       F         A         A
            POST   /events/{id}/agenda/{itemId}/change                L    F        F       F         A         A
            POST   /events/{id}/agenda/{itemId}/move                  L    F        F       F         A         A
            POST   /events/{id}/agenda/{itemId}/remove                L    F        F       F         A         A
            POST   /events/{id}/attendees/let-in                      L    F        F       F         A         A
            POST   /events/{id}/attendees/move                        L    F        F       F         A         A
            POST   /events/{id}/checkin                               L    F        F       F         A         A
            POST   /events/{id}/edit                                  L    F        F       F         A         A
            POST   /events/{id}/copy                                  L    F        F       F         A         A
            POST   /events/{id}/live/questions/{questionId}/{action}  L    F        F       F         A         A
            POST   /events/{id}/live/{action}                         L    F        F       F         A         A
            POST   /events/{id}/network/card                          L    A        A       A         A         A
            POST   /events/{id}/network/card/withdraw                 L    A        A       A         A         A
            POST   /events/{id}/network/connect                       L    A        A       A         A         A
            POST   /events/{id}/network/connect/{code}                L    A        A       A         A         A
            POST   /events/{id}/pitches                               L    A        A       A         A         A
            POST   /events/{id}/qa/ask                                L    N        N       N         N         N
            POST   /events/{id}/qa/award                              L    A        A       A         A         A
            POST   /events/{id}/qa/questions/{questionId}/{action}    L    A        A       A         A         A
            POST   /events/{id}/reports/send                          L    F        F       F         A         A
            POST   /events/{id}/reports/{pitchId}                     L    F        F       F         A         A
            POST   /events/{id}/review/call                           L    F        F       F         A         A
            POST   /events/{id}/review/reviewers                      L    F        F       F         A         A
            POST   /events/{id}/review/reviewers/remove               L    F        F       F         A         A
            POST   /events/{id}/rsvp                                  L    A        A       A         A         A
            POST   /events/{id}/rsvp/accept                           L    A        A       A         A         A
            POST   /events/{id}/rsvp/cancel                           L    A        A       A         A         A
            POST   /groups                                            L    A        A       A         A         A
            POST   /groups/{slug}/attendance/rule                     L    F        F       F         A         A
            POST   /groups/{slug}/drafts/{id}/delete                  L    F        F       F         A         A
            POST   /groups/{slug}/edit                                L    F        F       F         A         A
            POST   /groups/{slug}/events                              L    F        F       F         A         A
            POST   /groups/{slug}/join                                L    A        A       A         A         A
            POST   /groups/{slug}/leave                               L    A        A       A         A         A
            POST   /groups/{slug}/organizers                          L    F        F       F         A         A
            POST   /groups/{slug}/organizers/remove                   L    F        F       F         A         A
            POST   /pitches/{pitchId}/decision                        L    F        F       F         A         A
            POST   /pitches/{pitchId}/edit                            L    N        A       N         N         N
            POST   /pitches/{pitchId}/review                          L    N        N       N         A         A
            POST   /pitches/{pitchId}/withdraw                        L    N        A       N         N         N
            PUT    /api/events/{id}/call                              L    F        F       F         A         A
            PUT    /api/events/{id}/live/settings                     L    F        F       F         A         A
            PUT    /api/events/{id}/rsvp                              L    A        A       A         A         A
            PUT    /api/groups/{slug}/organizers/{username}           L    F        F       F         A         A
            PUT    /api/pitches/{id}                                  L    N        A       N         N         N
            PUT    /api/pitches/{id}/deck                             L    N        A       N         N         N
            PUT    /api/pitches/{id}/review                           L    N        N       N         A         A
            GET    /account/notifications                             L    A        A       A         A         A
            POST   /account/notifications                             L    A        A       A         A         A
            GET    /api/me/notifications                              L    A        A       A         A         A
            PATCH  /api/me/notifications                              L    A        A       A         A         A
            GET    /unsubscribe/{token}                               A    A        A       A         A         A
            GET    /events/{id}/messages                              L    F        F       F         A         A
            POST   /events/{id}/messages                              L    F        F       F         A         A
            GET    /api/events/{id}/messages                          L    F        F       F         A         A
            POST   /api/events/{id}/messages                          L    F        F       F         A         A
            PUT    /api/events/{id}/cover                             L    F        F       F         A         A
            DELETE /api/events/{id}/cover                             L    F        F       F         A         A
            POST   /events/{id}/cover                                 L    F        F       F         A         A
            POST   /events/{id}/cover/delete                          L    F        F       F         A         A
            GET    /events/{id}/cover/{hash}/{size}                   N    N        N       N         N         N
            PUT    /api/groups/{slug}/logo                            L    F        F       F         A         A
            DELETE /api/groups/{slug}/logo                            L    F        F       F         A         A
            POST   /groups/{slug}/logo                                L    F        F       F         A         A
            POST   /groups/{slug}/logo/delete                         L    F        F       F         A         A
            GET    /groups/{slug}/logo/{hash}/{size}                  N    N        N       N         N         N
            GET    /privacy                                           A    A        A       A         A         A
            GET    /account/privacy                                   L    A        A       A         A         A
            POST   /account/privacy/delete                            L    A        A       A         A         A
            GET    /api/me/export                                     L    A        A       A         A         A
            DELETE /api/me                                            L    A        A       A         A         A
            GET    /groups/{slug}/access                              L    F        F       F         A         A
            """;

    /** The columns, in order; null = no token. */
    static final String[] PEOPLE = {null, "alice", "sam", "oscar", "olivia", "admin"};
    private static final String[] COLUMNS = {"anon", "attendee", "founder", "other-org", "organizer", "admin"};

    @Inject
    MatrixData more;

    private static String csrfToken;

    @BeforeAll
    static void people() {
        Keycloak.ensureUser("oscar", "Oscar Lindqvist", "organizer");
    }

    @Test
    void everyRouteIsInTheMatrix() {
        assertThat(new TreeSet<>(matrix().keySet())).isEqualTo(new TreeSet<>(Routes.all().keySet()));
    }

    /**
     * {@code -Dmatrix.print=true} prints each route's actual row (for routes missing from the
     * table, too), to be read and judged before it goes into the table: never pasted blindly.
     */
    @Test
    void printTheActualMatrix() {
        Assumptions.assumeTrue(Boolean.getBoolean("matrix.print"));
        for (String route : new TreeSet<>(Routes.all().keySet())) {
            StringBuilder row = new StringBuilder(String.format("%-6s %-48s", route.split(" ")[0], route.split(" ")[1]));
            for (String person : PEOPLE) {
                String[] parts = route.split(" ", 2);
                Answer answer = send(parts[0], parts[1], Routes.fill(parts[1], more.night()), person);
                String outcome = outcome(answer);
                row.append(String.format(" %-" + 8 + "s", outcome.length() == 1 ? outcome : answer.status()));
            }
            System.out.println("MATRIX " + row.toString().stripTrailing());
        }
    }

    @TestFactory
    Stream<DynamicTest> everyoneGetsWhatTheMatrixSays() {
        List<DynamicTest> cells = new ArrayList<>();
        matrix().forEach((route, expected) -> {
            for (int who = 0; who < PEOPLE.length; who++) {
                int column = who;
                cells.add(DynamicTest.dynamicTest(route + " as " + COLUMNS[who], () -> {
                    Map<String, String> ids = more.night();
                    String[] parts = route.split(" ", 2);
                    Answer answer = send(parts[0], parts[1], Routes.fill(parts[1], ids), PEOPLE[column]);
                    assertThat(outcome(answer))
                            .as("%s as %s answered %d %s", route, COLUMNS[column], answer.status(),
                                    answer.location() == null ? "" : "→ " + answer.location())
                            .isEqualTo(expected[column]);
                }));
            }
        });
        return cells.stream();
    }

    /** "A", "L", "F", "N", or what went wrong. */
    private static String outcome(Answer answer) {
        int status = answer.status();
        String location = answer.location();
        if (status == 401 || (status == 302 || status == 303) && location != null && location.contains("/protocol/openid-connect/auth")) {
            return "L";
        }
        if (status == 403) {
            return "F";
        }
        if (status == 404) {
            return "N";
        }
        if (status / 100 == 2 || status / 100 == 3 || status == 400 || status == 409) {
            return "A";
        }
        return "status " + status;
    }

    /** What a cell looks at: the status and where a redirect points. */
    record Answer(int status, String location) {
    }

    private Answer send(String method, String route, String path, String person) {
        if (Routes.all().get(method + " " + route).streams()) {
            return openStream(path, person);
        }
        Response response = sendRequest(method, route, path, person);
        return new Answer(response.statusCode(), response.getHeader("Location"));
    }

    /** An event stream never ends: read its status and headers, then hang up. */
    private Answer openStream(String path, String person) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("http://localhost:" + RestAssured.port + path))
                .timeout(Duration.ofSeconds(10)).header("Accept", "text/event-stream");
        if (person != null) {
            request.header("Authorization", "Bearer " + Keycloak.accessToken(person));
        }
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<InputStream> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            return new Answer(response.statusCode(), response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Response sendRequest(String method, String route, String path, String person) {
        RequestSpecification request = given().redirects().follow(false);
        if (person != null) {
            request.auth().oauth2(Keycloak.accessToken(person));
        }
        boolean writes = !method.equals("GET") && !method.equals("HEAD");
        String consumes = Routes.all().get(method + " " + route).consumes();
        if (writes && consumes.contains("application/pdf")) {
            request.contentType("application/pdf").body(PitchData.pdf());
        } else if (writes && consumes.equals("*/*")) {
            // A cover or logo: a real picture, so the organizer's cell stores one.
            request.contentType("image/png").body(TestPictures.picture("png", 64, 48));
        } else if (writes && consumes.contains("multipart/form-data")) {
            request.cookie("csrf-token", csrf()).multiPart("csrf-token", csrf());
        } else if (writes && path.startsWith("/api/")) {
            request.contentType("application/json").body("{}");
        } else if (writes) {
            // A form with a valid CSRF token and nothing else: authorization is what is checked here.
            request.contentType("application/x-www-form-urlencoded").cookie("csrf-token", csrf()).formParam("csrf-token", csrf());
        }
        return request.request(method, path);
    }

    /** A real token from a page with a form (the double-submit cookie and the field carry the same value). */
    private String csrf() {
        if (csrfToken == null) {
            more.night();
            csrfToken = given().auth().oauth2(Keycloak.accessToken("olivia")).get("/groups/svnewtech/events/new")
                    .then().statusCode(200).extract().cookie("csrf-token");
        }
        return csrfToken;
    }

    static Map<String, String[]> matrix() {
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (String line : MATRIX.strip().split("\n")) {
            String[] cells = line.strip().split("\\s+");
            if (cells[0].startsWith("#")) {
                continue;
            }
            assertThat(cells).as("row %s has a method, a route and %d outcomes", line, PEOPLE.length).hasSize(2 + PEOPLE.length);
            String[] expected = new String[PEOPLE.length];
            System.arraycopy(cells, 2, expected, 0, PEOPLE.length);
            assertThat(rows.put(cells[0] + " " + cells[1], expected)).as("row %s appears once", line).isNull();
        }
        return rows;
    }

}
