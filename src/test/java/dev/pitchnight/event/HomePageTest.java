package dev.pitchnight.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.pitchnight.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HomePageTest {

    @Inject
    TestData data;

    @BeforeEach
    void emptyDatabase() {
        data.clear();
    }

    @Test
    void anonymousVisitorSeesTheEmptyStateAndASignInLink() {
        given().when().get("/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<h1>Upcoming pitch nights</h1>"))
                .body(containsString("No pitch nights are announced yet"))
                .body(containsString("href=\"/signin\""))
                .body(not(containsString("Sign out")));
    }

    @Test
    void listsPublishedUpcomingNightsOnlySoonestFirst() {
        MeetupGroup group = data.group("svnewtech", "SV New Tech");
        data.event(group, "Later Night", Event.Status.PUBLISHED, Duration.ofDays(30));
        data.event(group, "Sooner Night", Event.Status.PUBLISHED, Duration.ofDays(3));
        data.event(group, "Secret Draft", Event.Status.DRAFT, Duration.ofDays(5));
        data.event(group, "Last Month", Event.Status.PUBLISHED, Duration.ofDays(-30));

        String page = given().when().get("/").then().statusCode(200).extract().asString();

        Assertions.assertThat(page)
                .contains("Sooner Night", "Later Night", "by SV New Tech", "195 seats")
                .doesNotContain("Secret Draft", "Last Month", "No pitch nights are announced yet");
        Assertions.assertThat(page.indexOf("Sooner Night")).isLessThan(page.indexOf("Later Night"));
    }

    @Test
    void eventPageShowsTheNightInItsOwnTimeZone() {
        MeetupGroup group = data.group("svnewtech", "SV New Tech");
        Event night = data.event(group, "Palo Alto Pitch Night", Event.Status.PUBLISHED, Duration.ofDays(10));

        given().when().get("/events/" + night.id)
                .then().statusCode(200)
                .body(containsString("<h1>Palo Alto Pitch Night</h1>"))
                .body(containsString("Pacific Time"))
                .body(containsString("property=\"og:title\" content=\"Palo Alto Pitch Night\""));
    }

    @Test
    void draftEventPageIsNotFoundForVisitors() {
        MeetupGroup group = data.group("svnewtech", "SV New Tech");
        Event draft = data.event(group, "Secret Draft", Event.Status.DRAFT, Duration.ofDays(5));

        given().when().get("/events/" + draft.id)
                .then().statusCode(404)
                .body(containsString("Page not found"))
                .body(not(containsString("Secret Draft")));
    }

    @Test
    void titlesAreEscaped() {
        MeetupGroup group = data.group("svnewtech", "SV New Tech");
        data.event(group, "<script>alert(1)</script> Night", Event.Status.PUBLISHED, Duration.ofDays(2));

        given().when().get("/")
                .then().statusCode(200)
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt; Night"))
                .body(not(containsString("<script>alert(1)</script>")));
    }
}
