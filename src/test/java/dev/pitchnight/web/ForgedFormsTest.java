package dev.pitchnight.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pitchnight.support.Keycloak;
import dev.pitchnight.support.MatrixData;
import dev.pitchnight.support.Routes.Route;
import dev.pitchnight.support.Routes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A cross-site form post is refused on every HTML form route. The routes come from the compiled
 * app ({@link Routes}: every non-/api write), so a new form is covered the day it is added. Each
 * route is posted by someone allowed to use it (per {@link AuthorizationMatrixTest}'s table) in
 * the ways another site could: without the CSRF field, with a wrong one, and with no CSRF cookie
 * at all. Quarkus' CSRF filter answers those with an empty 400; the same post with the page's
 * real token must get past it (the form's own answer, a redirect or a page with the errors).
 */
@QuarkusTest
class ForgedFormsTest {

    @Inject
    MatrixData more;

    private static String token;

    @BeforeAll
    static void people() {
        Keycloak.ensureUser("oscar", "Oscar Lindqvist", "organizer");
    }

    static List<Route> formRoutes() {
        return Routes.all().values().stream()
                .filter(Route::writes)
                .filter(r -> !r.path().startsWith("/api/"))
                .sorted(Comparator.comparing(Route::key))
                .toList();
    }

    @Test
    void theFormRoutesAreFoundInTheCompiledApp() {
        List<String> keys = formRoutes().stream().map(Route::key).toList();
        assertThat(keys).contains("POST /events/{id}/rsvp", "POST /groups/{slug}/events", "POST /events/{id}/pitches",
                "POST /events/{id}/qa/ask");
        assertThat(keys).allMatch(k -> k.startsWith("POST "), "HTML forms only POST");
    }

    @TestFactory
    Stream<DynamicTest> everyFormRefusesAForgedPost() {
        Map<String, String[]> matrix = AuthorizationMatrixTest.matrix();
        List<DynamicTest> tests = new ArrayList<>();
        for (Route route : formRoutes()) {
            String person = allowed(matrix.get(route.key()));
            tests.add(DynamicTest.dynamicTest(route.key() + " as " + person, () -> {
                String path = Routes.fill(route.path(), more.night());
                boolean multipart = route.consumes().contains("multipart/form-data");

                Response genuine = post(route, path, person, multipart, token(), token());
                assertThat(csrfRefusal(genuine)).as("%s with the page's token got past the CSRF check (%d)", route.key(),
                        genuine.statusCode()).isFalse();

                for (String[] forged : new String[][] {{token(), null}, {token(), "forged-" + token()}, {null, token()},
                        {null, null}}) {
                    Response answer = post(route, path, person, multipart, forged[0], forged[1]);
                    assertThat(csrfRefusal(answer)).as("%s with cookie %s and field %s answered %d %s", route.key(),
                            forged[0] == null ? "none" : "set", forged[1] == null ? "none" : forged[1].startsWith("forged") ? "wrong" : "set",
                            answer.statusCode(), answer.asString()).isTrue();
                }
            }));
        }
        return tests.stream();
    }

    /** The CSRF filter's answer: 400 and nothing else (the app's own 400s explain themselves). */
    private static boolean csrfRefusal(Response answer) {
        return answer.statusCode() == 400 && answer.asString().isEmpty();
    }

    /** The first person the matrix lets through ("A"), else the first one signed in. */
    private static String allowed(String[] row) {
        assertThat(row).as("every form route is in the authorization matrix").isNotNull();
        for (int i = 0; i < row.length; i++) {
            if (row[i].equals("A") && AuthorizationMatrixTest.PEOPLE[i] != null) {
                return AuthorizationMatrixTest.PEOPLE[i];
            }
        }
        return "alice";
    }

    private static Response post(Route route, String path, String person, boolean multipart, String cookie, String field) {
        RequestSpecification request = given().redirects().follow(false).auth().oauth2(Keycloak.accessToken(person));
        if (cookie != null) {
            request.cookie("csrf-token", cookie);
        }
        if (multipart) {
            request.multiPart("note", "x");
            if (field != null) {
                request.multiPart("csrf-token", field);
            }
        } else {
            request.contentType("application/x-www-form-urlencoded").formParam("note", "x");
            if (field != null) {
                request.formParam("csrf-token", field);
            }
        }
        return request.post(path);
    }

    /** A real token from a page with a form (the double-submit cookie and the field carry the same value). */
    private String token() {
        if (token == null) {
            more.night();
            token = given().auth().oauth2(Keycloak.accessToken("olivia")).get("/groups/svnewtech/events/new")
                    .then().statusCode(200).extract().cookie("csrf-token");
        }
        return token;
    }
}
