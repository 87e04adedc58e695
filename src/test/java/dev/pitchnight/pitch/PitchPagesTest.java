package dev.pitchnight.pitch;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.pitchnight.event.Event;
import dev.pitchnight.event.GroupMember;
import dev.pitchnight.event.MeetupGroup;
import dev.pitchnight.support.Keycloak;
import dev.pitchnight.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who may open which pitch page: signed-out people go to Keycloak, others see only what is theirs to see. */
@QuarkusTest
class PitchPagesTest {

    @Inject
    TestData data;

    @Inject
    PitchData pitches;

    Event night;

    Pitch pitch;

    @BeforeEach
    void nightWithAPitch() {
        data.clear();
        MeetupGroup group = data.group("svnewtech", "SV New Tech");
        data.member(group, "olivia", GroupMember.GroupRole.OWNER);
        night = data.night(group, "Palo Alto Pitch Night", 195, 1);
        pitches.call(night.id, Duration.ofDays(7), true);
        pitch = pitches.pitch(night.id, "sam", "Acme Robotics", Pitch.Status.SUBMITTED);
    }

    static RequestSpecification as(String user) {
        return given().auth().oauth2(Keycloak.accessToken(user)).redirects().follow(false);
    }

    @Test
    void signedOutVisitorsAreSentToSignIn() {
        for (String path : new String[] {"/pitches/mine", "/events/" + night.id + "/pitches/new", "/events/" + night.id + "/review",
                "/events/" + night.id + "/agenda", "/pitches/" + pitch.id + "/review", "/pitches/" + pitch.id + "/edit"}) {
            given().redirects().follow(false).get(path).then().statusCode(302)
                    .header("Location", containsString("/realms/pitchnight/"));
        }
    }

    @Test
    void organizersOpenTheReviewAndAgendaPagesOthersDoNot() {
        as("olivia").get("/events/" + night.id + "/review").then().statusCode(200).body(containsString("Acme Robotics"));
        as("olivia").get("/events/" + night.id + "/agenda").then().statusCode(200).body(containsString("Add an item"));
        as("olivia").get("/events/" + night.id + "/review/call").then().statusCode(200).body(containsString("Rubric weights"));
        as("alice").get("/events/" + night.id + "/review").then().statusCode(403).body(containsString("invite"));
        as("alice").get("/events/" + night.id + "/agenda").then().statusCode(403);
        // Anyone signed in may pitch: the form opens for alice too.
        as("alice").get("/events/" + night.id + "/pitches/new").then().statusCode(200).body(containsString("Pitch your startup"));
        as("sam").get("/events/" + night.id + "/pitches/new").then().statusCode(200).body(containsString("Pitch your startup"));
        as("alice").get("/events/" + night.id + "/review/call").then().statusCode(403);
        as("alice").get("/pitches/" + pitch.id + "/review").then().statusCode(404);
        as("sam").get("/pitches/" + pitch.id + "/review").then().statusCode(404);
    }

    @Test
    void anInvitedReviewerSeesTheBlindPitchWithoutNamesOrContact() {
        pitches.reviewer(night.id, "bob");
        String page = as("bob").get("/pitches/" + pitch.id + "/review").then().statusCode(200).extract().asString();
        assertThat(page).contains("Acme Robotics").contains("hidden for a blind review")
                .doesNotContain("sam@example.com").doesNotContain("Ada Lovelace");
        // The night's page offers bob the review link, and no organizer links.
        as("bob").get("/events/" + night.id).then().statusCode(200)
                .body(containsString("/events/" + night.id + "/review"))
                .body(not(containsString("/events/" + night.id + "/agenda\"")));
        String organizerView = as("olivia").get("/pitches/" + pitch.id + "/review").then().statusCode(200).extract().asString();
        assertThat(organizerView).contains("sam@example.com").contains("Ada Lovelace");
    }

    @Test
    void myPitchesListsOnlyTheFoundersOwn() {
        pitches.pitch(night.id, "otherfounder", "Other Co", Pitch.Status.ACCEPTED);
        String page = as("sam").get("/pitches/mine").then().statusCode(200).extract().asString();
        assertThat(page).contains("Acme Robotics").contains("Submitted").contains("/pitches/" + pitch.id + "/edit")
                .doesNotContain("Other Co");
        as("sam").get("/pitches/" + pitch.id + "/edit").then().statusCode(200).body(containsString("Change your pitch"));
        as("bob").get("/pitches/" + pitch.id + "/edit").then().statusCode(404);
    }
}
