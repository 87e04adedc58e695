package dev.pitchnight.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.pitchnight.support.Oversized;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ErrorAnswersTest {


    @Test
    void unknownPageGetsTheFriendly404PageInTheLayout() {
        given().when().get("/no/such/page")
                .then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("Page not found"))
                .body(containsString("Back to the home page"))
                .body(containsString("class=\"site-header\""))
                .body(not(containsString("Exception")));
    }

    @Test
    void unknownApiPathGetsProblemJson() {
        given().when().get("/api/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Page not found"))
                .body("detail", equalTo("There is nothing at /api/no-such-thing."))
                .body("instance", equalTo("/api/no-such-thing"));
    }

    @TestHTTPResource("/events/1/rsvp")
    URI formUrl;

    @Test
    void anOversizedFormGetsTheFriendly413Page() throws Exception {
        HttpResponse<String> answer = Oversized.post(formUrl, "application/x-www-form-urlencoded",
                "guests=" + "9".repeat(11 * 1024 * 1024));
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("text/html"));
        assertThat(answer.body()).contains("Too large", "larger than the 10M this server accepts", "class=\"site-header\"");
    }

    @Test
    void theAnswersThatComeBeforeAnyResourceSpeakTheCallersLanguageToo() throws Exception {
        HttpResponse<String> page = Oversized.send("POST", formUrl, "application/x-www-form-urlencoded",
                "guests=" + "9".repeat(11 * 1024 * 1024), null, "de-DE,de;q=0.9");
        assertThat(page.statusCode()).isEqualTo(413);
        assertThat(page.body()).contains("Zu groß", "größer als die 10M", "<html lang=\"de\"").doesNotContain("Too large");

        given().header("Accept-Language", "de").auth().oauth2("not-a-token").get("/api/me")
                .then().statusCode(401).contentType("application/problem+json")
                .body("detail", equalTo("Das Bearer-Token ist nicht gültig: Es ist fehlerhaft, abgelaufen oder nicht von Pitchnights Keycloak signiert."));
        given().auth().oauth2("not-a-token").get("/api/me")
                .then().statusCode(401)
                .body("detail", equalTo("The bearer token is not valid: it is malformed, expired, or not signed by Pitchnight's Keycloak."));
    }

    @Test
    void wrongMethodOnApiIsA405Problem() {
        given().when().put("/api/me") // DELETE /api/me exists (erasing one's account); PUT never did
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("status", equalTo(405));
    }

    @Test
    void pagesCarryTheSecurityHeaders() {
        given().when().get("/")
                .then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "strict-origin-when-cross-origin");
    }
}
