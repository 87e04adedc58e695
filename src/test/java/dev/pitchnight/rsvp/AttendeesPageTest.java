package dev.pitchnight.rsvp;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.pitchnight.event.Event;
import dev.pitchnight.event.GroupMember;
import dev.pitchnight.event.MeetupGroup;
import dev.pitchnight.support.Keycloak;
import dev.pitchnight.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** The organizer's lists; the page itself is signed-in only, so its rules are checked through the export. */
@QuarkusTest
class AttendeesPageTest {

    @Inject
    TestData data;

    @Inject
    RsvpDesk desk;

    @Test
    void csvListsSeatedThenWaitingInOrder() {
        data.clear();
        MeetupGroup group = data.group("svnewtech", "SV New Tech");
        data.member(group, "olivia", GroupMember.GroupRole.OWNER);
        Event night = data.night(group, "Tiny Night", 2, 1);
        desk.join(night.id, "alice", null, 1).toCompletableFuture().join();
        desk.join(night.id, "bob, \"the builder\"", null, 0).toCompletableFuture().join();
        desk.join(night.id, "sam", null, 0).toCompletableFuture().join();

        String csv = given().auth().oauth2(Keycloak.accessToken("olivia"))
                .get("/events/" + night.id + "/attendees/export.csv")
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("tiny-night-attendees.csv"))
                .extract().asString();
        String[] lines = csv.split("\r\n");
        Assertions.assertThat(lines).hasSize(4);
        Assertions.assertThat(lines[0]).isEqualTo("status,position,username,guests,seats,since,held_until,name");
        Assertions.assertThat(lines[1]).startsWith("CONFIRMED,,alice,1,2,");
        // Nobody by that user name ever signed in here: the name column falls back to the user name.
        Assertions.assertThat(lines[2]).isEqualTo("WAITLISTED,1,\"bob, \"\"the builder\"\"\",0,1,,,\"bob, \"\"the builder\"\"\"");
        Assertions.assertThat(lines[3]).startsWith("WAITLISTED,2,sam,0,1,,,");

        given().auth().oauth2(Keycloak.accessToken("alice"))
                .get("/events/" + night.id + "/attendees/export.csv")
                .then().statusCode(403).body(containsString("Only the organizers of SV New Tech"));
        given().redirects().follow(false).get("/events/" + night.id + "/attendees")
                .then().statusCode(302);
    }
}
