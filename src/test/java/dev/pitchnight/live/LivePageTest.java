package dev.pitchnight.live;

import static dev.pitchnight.live.LiveData.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import dev.pitchnight.support.Keycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The live pages: stage behind its link, live control for organizers, the audience's page, escaping and anonymity in HTML. */
@QuarkusTest
class LivePageTest {

    @Inject
    LiveData data;

    LiveData.Night night;
    String stageKey;

    @BeforeEach
    void acmeOnStage() {
        night = data.night();
        stageKey = as("olivia").get("/api/events/" + night.eventId() + "/live/stage").then().statusCode(200).extract().path("stageKey");
        as("olivia").post("/api/events/" + night.eventId() + "/live/start").then().statusCode(200);
    }

    String html(String user, String path) {
        var request = user == null ? given() : given().auth().oauth2(Keycloak.accessToken(user));
        return request.get(path).then().statusCode(200).extract().asString();
    }

    @Test
    void theStageShowsTheStartupAndItsClockToAnyoneWithTheLink() {
        String stage = html(null, "/stage/" + stageKey);
        assertThat(stage).contains("Acme Robotics").contains("Acme Robotics makes nights better").contains("data-clock")
                .containsPattern("[45]:[0-5][0-9]</p>").contains("/js/live.js");
        assertThat(html(null, "/stage/" + stageKey + "/presenter")).contains("Acme Robotics").contains("presenter-body");
        given().get("/stage/" + "x".repeat(43)).then().statusCode(404);
        assertThat(stageKey).hasSizeGreaterThanOrEqualTo(43);
    }

    @Test
    void theStageShowsTheQuestionsDuringQaAndWhatComesNextBetweenSlots() {
        as("alice").body("{\"text\":\"Who pays you?\"}").post("/api/slots/" + night.acmeSlot() + "/questions").then().statusCode(201);
        as("olivia").post("/api/events/" + night.eventId() + "/live/qa").then().statusCode(200);
        assertThat(html(null, "/stage/" + stageKey)).contains("Who pays you?").contains("Questions");
        as("olivia").post("/api/events/" + night.eventId() + "/live/next").then().statusCode(200);
        assertThat(html(null, "/stage/" + stageKey)).contains("Next up").contains("Break");
    }

    @Test
    void anonymousAskersAreNamedToModeratorsOnlyAndTextIsEscaped() {
        as("alice").body("{\"text\":\"<b>Bold</b> question\",\"anonymous\":true}").post("/api/slots/" + night.acmeSlot() + "/questions")
                .then().statusCode(201);
        as("olivia").post("/api/events/" + night.eventId() + "/live/qa").then().statusCode(200);
        for (String page : new String[] {html(null, "/events/" + night.eventId() + "/qa"), html("bob", "/events/" + night.eventId() + "/qa"),
                html(null, "/stage/" + stageKey)}) {
            assertThat(page).contains("&lt;b&gt;Bold&lt;/b&gt; question").doesNotContain("<b>Bold</b>").doesNotContainIgnoringCase("alice");
        }
        assertThat(html("olivia", "/events/" + night.eventId() + "/live")).contains("&lt;b&gt;Bold&lt;/b&gt; question").contains("(alice)");
    }

    @Test
    void liveControlIsForTheNightsOrganizersAndItsFormsNeedTheCsrfToken() {
        given().auth().oauth2(Keycloak.accessToken("alice")).get("/events/" + night.eventId() + "/live").then().statusCode(403);
        Response page = given().auth().oauth2(Keycloak.accessToken("olivia")).get("/events/" + night.eventId() + "/live");
        page.then().statusCode(200).body(containsString("Live control")).body(containsString("/stage/" + stageKey));
        Matcher field = Pattern.compile("name=\"(csrf-token)\" value=\"([^\"]+)\"").matcher(page.asString());
        assertThat(field.find()).isTrue();
        String cookie = page.getCookie("csrf-token");
        assertThat(cookie).isNotNull();

        given().auth().oauth2(Keycloak.accessToken("olivia")).contentType("application/x-www-form-urlencoded")
                .formParam("x", "y").post("/events/" + night.eventId() + "/live/pause").then().statusCode(400);
        assertThat(data.live(night.eventId()).pausedAt).isNull();

        given().auth().oauth2(Keycloak.accessToken("olivia")).redirects().follow(false).cookie("csrf-token", cookie)
                .formParam(field.group(1), field.group(2)).post("/events/" + night.eventId() + "/live/pause")
                .then().statusCode(303);
        assertThat(data.live(night.eventId()).pausedAt).isNotNull();
        // A refused action comes back on the page with the reason.
        given().auth().oauth2(Keycloak.accessToken("olivia")).cookie("csrf-token", cookie)
                .formParam(field.group(1), field.group(2)).post("/events/" + night.eventId() + "/live/start")
                .then().statusCode(409).body(containsString("already runs"));
    }

    @Test
    void theAudienceAsksAndVotesThroughPlainForms() {
        Response page = given().auth().oauth2(Keycloak.accessToken("alice")).get("/events/" + night.eventId() + "/qa");
        page.then().statusCode(200).body(containsString("Your question to Acme Robotics"));
        Matcher field = Pattern.compile("name=\"(csrf-token)\" value=\"([^\"]+)\"").matcher(page.asString());
        assertThat(field.find()).isTrue();
        String cookie = page.getCookie("csrf-token");
        given().auth().oauth2(Keycloak.accessToken("alice")).redirects().follow(false).cookie("csrf-token", cookie)
                .formParam(field.group(1), field.group(2)).formParam("slotId", night.acmeSlot()).formParam("text", "Form question?")
                .post("/events/" + night.eventId() + "/qa/ask").then().statusCode(303);
        String bobs = html("bob", "/events/" + night.eventId() + "/qa");
        assertThat(bobs).contains("Form question?").contains("Upvote");
        assertThat(html("alice", "/events/" + night.eventId() + "/qa")).contains("Form question?").contains("yours").doesNotContain("Upvote");
    }
}
