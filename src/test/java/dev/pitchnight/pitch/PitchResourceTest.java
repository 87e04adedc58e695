package dev.pitchnight.pitch;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;

import dev.pitchnight.event.Event;
import dev.pitchnight.event.GroupMember;
import dev.pitchnight.event.MeetupGroup;
import dev.pitchnight.notify.OutboxMail;
import dev.pitchnight.support.Keycloak;
import dev.pitchnight.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Founders submit, change and withdraw; nobody sees what is not theirs; decks are PDFs shown only to those allowed. */
@QuarkusTest
class PitchResourceTest {

    static final String PITCH = """
            {"company":"Acme Robotics","oneLiner":"Robots that fold laundry","problem":"Laundry takes hours.",
             "stage":"PROTOTYPE","website":"https://acme.example","deckUrl":"https://acme.example/deck",
             "team":["Sam Founder","Ada Lovelace"],"contactEmail":"sam@acme.example"}""";

    @Inject
    TestData data;

    @Inject
    PitchData pitches;

    Event night;

    MeetupGroup group;

    @BeforeEach
    void nightWithOpenCall() {
        data.clear();
        group = data.group("svnewtech", "SV New Tech");
        data.member(group, "olivia", GroupMember.GroupRole.OWNER);
        night = data.night(group, "Palo Alto Pitch Night", 195, 1);
        pitches.call(night.id, Duration.ofDays(7), true);
    }

    static RequestSpecification as(String user) {
        return given().auth().oauth2(Keycloak.accessToken(user)).contentType(ContentType.JSON);
    }

    long submitAsSam() {
        return ((Number) as("sam").body(PITCH).post("/api/events/" + night.id + "/pitches")
                .then().statusCode(201).extract().path("id")).longValue();
    }

    @Test
    void founderSubmitsWhileTheCallIsOpenAndHearsByMail() {
        as("sam").body(PITCH).post("/api/events/" + night.id + "/pitches")
                .then().statusCode(201)
                .header("Location", containsString("/api/pitches/"))
                .body("status", equalTo("SUBMITTED"))
                .body("company", equalTo("Acme Robotics"))
                .body("team", hasSize(2))
                .body("founder", equalTo("sam"))
                .body("hasDeck", equalTo(false));
        assertThat(pitches.pitchCount()).isEqualTo(1);
        assertThat(pitches.mails(OutboxMail.Kind.PITCH_RECEIVED)).singleElement()
                .satisfies(mail -> {
                    assertThat(mail.recipient).isEqualTo("sam@acme.example");
                    assertThat(mail.subject).contains("Acme Robotics").contains("Palo Alto Pitch Night");
                });
    }

    @Test
    void anyoneSignedInPitchesButOnlyWhileTheCallIsOpen() {
        // No realm role needed: alice is an attendee and nothing else.
        as("alice").body(PITCH).post("/api/events/" + night.id + "/pitches").then().statusCode(201);
        given().contentType(ContentType.JSON).body(PITCH).post("/api/events/" + night.id + "/pitches")
                .then().statusCode(401);
        pitches.closeCall(night.id);
        as("sam").body(PITCH).post("/api/events/" + night.id + "/pitches")
                .then().statusCode(409).body("detail", containsString("has closed"));
        assertThat(pitches.pitchCount()).isEqualTo(1);
    }

    @Test
    void aNightWithoutACallTakesNoPitches() {
        Event other = data.night(group, "Quiet Night", 50, 0);
        as("sam").body(PITCH).post("/api/events/" + other.id + "/pitches")
                .then().statusCode(409).body("detail", containsString("has no call for pitches"));
        assertThat(pitches.pitchCount()).isZero();
    }

    @Test
    void badFieldsAreNamedAndNothingIsWritten() {
        as("sam").body("""
                {"company":"","oneLiner":"x","problem":"y","stage":"UNICORN","website":"javascript:alert(1)",
                 "contactEmail":"not-an-address"}""")
                .post("/api/events/" + night.id + "/pitches")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.company", equalTo("is required"))
                .body("errors.stage", containsString("must be one of"))
                .body("errors.website", containsString("https://"))
                .body("errors.contactEmail", containsString("email address"));
        assertThat(pitches.pitchCount()).isZero();
    }

    @Test
    void aFounderSeesOnlyTheirOwnPitchesAndNoReviews() {
        long mine = submitAsSam();
        Pitch theirs = pitches.pitch(night.id, "otherfounder", "Other Co", Pitch.Status.SUBMITTED);

        as("sam").get("/api/events/" + night.id + "/pitches")
                .then().statusCode(200)
                .body("id", hasSize(1))
                .body("[0].id", equalTo((int) mine));
        as("sam").get("/api/pitches/" + theirs.id).then().statusCode(404);
        as("sam").body(PITCH).put("/api/pitches/" + theirs.id).then().statusCode(404);
        as("sam").delete("/api/pitches/" + theirs.id).then().statusCode(404);
        as("sam").get("/api/events/" + night.id + "/reviews").then().statusCode(403);
        as("sam").body("{\"team\":5,\"problem\":5,\"traction\":5,\"fit\":5}").put("/api/pitches/" + mine + "/review")
                .then().statusCode(404);
        assertThat(pitches.reload(theirs.id).status).isEqualTo(Pitch.Status.SUBMITTED);
    }

    @Test
    void anAttendeeWhoIsNeitherOrganizerNorReviewerSeesOnlyHerOwnPitches() {
        submitAsSam();
        as("alice").get("/api/events/" + night.id + "/pitches").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void foundersEditUntilTheCallClosesAndWithdrawAnyTime() {
        long id = submitAsSam();
        as("sam").body(PITCH.replace("Robots that fold laundry", "Robots that fold everything"))
                .put("/api/pitches/" + id).then().statusCode(200).body("oneLiner", equalTo("Robots that fold everything"));
        pitches.closeCall(night.id);
        as("sam").body(PITCH).put("/api/pitches/" + id)
                .then().statusCode(409).body("detail", containsString("closed"));
        assertThat(pitches.reload(id).oneLiner).isEqualTo("Robots that fold everything");
        as("sam").delete("/api/pitches/" + id).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        assertThat(pitches.reload(id).status).isEqualTo(Pitch.Status.WITHDRAWN);
    }

    @Test
    void aDeckMustBeAPdfByItsContent() {
        long id = submitAsSam();
        byte[] png = new byte[64];
        png[0] = (byte) 0x89;
        png[1] = 'P';
        png[2] = 'N';
        png[3] = 'G';
        given().auth().oauth2(Keycloak.accessToken("sam")).contentType("application/pdf").body(png)
                .put("/api/pitches/" + id + "/deck")
                .then().statusCode(400).body("detail", containsString("must be a PDF"));
        byte[] truncated = Arrays.copyOf(PitchData.pdf(), 40);
        given().auth().oauth2(Keycloak.accessToken("sam")).contentType("application/pdf").body(truncated)
                .put("/api/pitches/" + id + "/deck")
                .then().statusCode(400).body("detail", containsString("must be a PDF"));
        assertThat(pitches.deckCount()).isZero();

        given().auth().oauth2(Keycloak.accessToken("sam")).contentType("application/pdf").body(PitchData.pdf())
                .put("/api/pitches/" + id + "/deck")
                .then().statusCode(200).body("hasDeck", equalTo(true));
        assertThat(pitches.deckCount()).isEqualTo(1);
    }

    @Test
    void aDeckLargerThanTheLimitIs413() {
        long id = submitAsSam();
        byte[] big = new byte[8 * 1024 * 1024 + 1];
        byte[] pdf = PitchData.pdf();
        System.arraycopy(pdf, 0, big, 0, 9);
        System.arraycopy(pdf, 0, big, big.length - pdf.length, pdf.length);
        given().auth().oauth2(Keycloak.accessToken("sam")).contentType("application/pdf").body(big)
                .put("/api/pitches/" + id + "/deck")
                .then().statusCode(413).body("detail", containsString("larger than 8 MB"));
        assertThat(pitches.deckCount()).isZero();
    }

    @Test
    void theDeckIsServedOnlyToTheFounderOrganizersAndInvitedReviewers() {
        long id = submitAsSam();
        given().auth().oauth2(Keycloak.accessToken("sam")).contentType("application/pdf").body(PitchData.pdf())
                .put("/api/pitches/" + id + "/deck").then().statusCode(200);

        for (String allowed : new String[] {"sam", "olivia"}) {
            byte[] body = given().auth().oauth2(Keycloak.accessToken(allowed)).get("/pitches/" + id + "/deck")
                    .then().statusCode(200)
                    .contentType("application/pdf")
                    .header("Content-Disposition", equalTo("attachment; filename=\"Acme-Robotics-deck.pdf\""))
                    .header("Cache-Control", containsString("no-store"))
                    .extract().asByteArray();
            assertThat(body).isEqualTo(PitchData.pdf());
        }
        given().auth().oauth2(Keycloak.accessToken("bob")).get("/api/pitches/" + id + "/deck").then().statusCode(404);
        pitches.reviewer(night.id, "bob");
        given().auth().oauth2(Keycloak.accessToken("bob")).get("/api/pitches/" + id + "/deck").then().statusCode(200);
        given().auth().oauth2(Keycloak.accessToken("alice")).get("/api/pitches/" + id + "/deck").then().statusCode(404);
        given().redirects().follow(false).get("/pitches/" + id + "/deck").then().statusCode(302);
    }

    @Test
    void blindReviewHidesFounderAndContactFromReviewersButNotFromOrganizers() {
        long id = submitAsSam();
        pitches.reviewer(night.id, "bob");

        as("bob").get("/api/events/" + night.id + "/pitches")
                .then().statusCode(200)
                .body("[0].company", equalTo("Acme Robotics"))
                .body("[0]", not(hasKey("founder")))
                .body("[0]", not(hasKey("contactEmail")))
                .body("[0]", not(hasKey("team")));
        as("bob").get("/api/pitches/" + id).then().statusCode(200).body("founder", nullValue());
        as("olivia").get("/api/events/" + night.id + "/pitches")
                .then().statusCode(200)
                .body("[0].founder", equalTo("sam"))
                .body("[0].contactEmail", equalTo("sam@acme.example"));

        pitches.call(night.id, Duration.ofDays(7), false);
        as("bob").get("/api/pitches/" + id).then().statusCode(200).body("founder", equalTo("sam"));
    }

    @Test
    void aReviewerSeesOnlyTheNightsTheyReview() {
        submitAsSam();
        Event other = data.night(group, "Second Night", 50, 0);
        pitches.call(other.id, Duration.ofDays(7), true);
        Pitch elsewhere = pitches.pitch(other.id, "otherfounder", "Elsewhere Inc", Pitch.Status.SUBMITTED);
        pitches.reviewer(night.id, "bob");

        as("bob").get("/api/events/" + other.id + "/pitches").then().statusCode(200).body("$", hasSize(0)); // only his own
        as("bob").get("/api/events/" + other.id + "/reviews").then().statusCode(403);
        as("bob").get("/api/pitches/" + elsewhere.id).then().statusCode(404);
        as("bob").body("{\"team\":5,\"problem\":5,\"traction\":5,\"fit\":5}").put("/api/pitches/" + elsewhere.id + "/review")
                .then().statusCode(404);
        as("bob").get("/api/events/" + night.id + "/reviews").then().statusCode(200).body("pitches", hasSize(1));
    }

    @Test
    void organizersInviteReviewersByUserName() {
        as("olivia").body("{\"username\":\"bob\"}").post("/api/events/" + night.id + "/reviewers")
                .then().statusCode(200).body("username", hasSize(1)).body("[0].username", equalTo("bob"));
        as("olivia").body("{\"username\":\"bob\"}").post("/api/events/" + night.id + "/reviewers")
                .then().statusCode(200).body("username", hasSize(1));
        as("olivia").body("{\"username\":\"<script>\"}").post("/api/events/" + night.id + "/reviewers")
                .then().statusCode(400).body("errors.username", containsString("user name"));
        as("alice").body("{\"username\":\"alice\"}").post("/api/events/" + night.id + "/reviewers")
                .then().statusCode(403);
        as("olivia").delete("/api/events/" + night.id + "/reviewers/bob").then().statusCode(204);
        as("olivia").get("/api/events/" + night.id + "/reviewers").then().statusCode(200).body("username", hasSize(0));
    }
}
