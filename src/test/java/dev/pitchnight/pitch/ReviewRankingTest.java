package dev.pitchnight.pitch;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

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
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Weighted rubric scores rank the pitches; organizers decide and the founder hears by mail, once per decision. */
@QuarkusTest
class ReviewRankingTest {

    @Inject
    TestData data;

    @Inject
    PitchData pitches;

    Event night;

    @BeforeEach
    void nightWithTwoPitches() {
        data.clear();
        MeetupGroup group = data.group("svnewtech", "SV New Tech");
        data.member(group, "olivia", GroupMember.GroupRole.OWNER);
        night = data.night(group, "Palo Alto Pitch Night", 195, 1);
        pitches.call(night.id, Duration.ofDays(7), true);
        pitches.reviewer(night.id, "bob");
    }

    static RequestSpecification as(String user) {
        return given().auth().oauth2(Keycloak.accessToken(user)).contentType(ContentType.JSON);
    }

    static void review(String who, long pitchId, int team, int problem, int traction, int fit) {
        as(who).body("{\"team\":%d,\"problem\":%d,\"traction\":%d,\"fit\":%d,\"comment\":\"ok\"}".formatted(team, problem, traction, fit))
                .put("/api/pitches/" + pitchId + "/review").then().statusCode(200);
    }

    @Test
    void rankingUsesTheOrganizersWeightsAndCountsReviews() {
        Pitch strongTeam = pitches.pitch(night.id, "f1", "Strong Team", Pitch.Status.SUBMITTED);
        Pitch strongRest = pitches.pitch(night.id, "f2", "Strong Rest", Pitch.Status.SUBMITTED);
        Pitch unreviewed = pitches.pitch(night.id, "f3", "Nobody Looked", Pitch.Status.SUBMITTED);
        // Unweighted, "Strong Rest" wins (4.0 vs 2.0); with team weighted 5, "Strong Team" does (3.5 vs 2.5).
        review("olivia", strongTeam.id, 5, 1, 1, 1);
        review("bob", strongTeam.id, 5, 1, 1, 1);
        review("olivia", strongRest.id, 1, 5, 5, 5);
        pitches.weights(night.id, 5, 1, 1, 1);

        as("olivia").get("/api/events/" + night.id + "/reviews")
                .then().statusCode(200)
                .body("pitches.pitch.company", Matchers.contains("Strong Team", "Strong Rest", "Nobody Looked"))
                .body("pitches[0].weightedMean", equalTo(3.5f))
                .body("pitches[0].reviewCount", equalTo(2))
                .body("pitches[1].weightedMean", equalTo(2.5f))
                .body("pitches[1].reviewCount", equalTo(1))
                .body("pitches[2].reviewCount", equalTo(0))
                .body("pitches[2]", not(hasKey("weightedMean")))
                .body("pitches[0].reviews", hasSize(2));
        // A reviewer sees the ranking and their own review, not the others' reviews.
        as("bob").get("/api/events/" + night.id + "/reviews")
                .then().statusCode(200)
                .body("pitches[0].mine.team", equalTo(5))
                .body("pitches[0]", not(hasKey("reviews")))
                .body("pitches[0].pitch", not(hasKey("founder")));
        assertThat(unreviewed.id).isNotNull();
    }

    @Test
    void aSecondReviewBySamePersonReplacesTheFirst() {
        Pitch pitch = pitches.pitch(night.id, "f1", "Acme", Pitch.Status.SUBMITTED);
        review("bob", pitch.id, 1, 1, 1, 1);
        review("bob", pitch.id, 5, 5, 5, 5);
        as("olivia").get("/api/events/" + night.id + "/reviews")
                .then().body("pitches[0].reviewCount", equalTo(1)).body("pitches[0].weightedMean", equalTo(5.0f));
    }

    @Test
    void scoresOutsideOneToFiveAreRefused() {
        Pitch pitch = pitches.pitch(night.id, "f1", "Acme", Pitch.Status.SUBMITTED);
        as("bob").body("{\"team\":6,\"problem\":0,\"traction\":3}").put("/api/pitches/" + pitch.id + "/review")
                .then().statusCode(400)
                .body("errors.team", containsString("between 1 and 5"))
                .body("errors.problem", containsString("between 1 and 5"))
                .body("errors.fit", containsString("required"));
        as("olivia").get("/api/events/" + night.id + "/reviews").then().body("pitches[0].reviewCount", equalTo(0));
    }

    @Test
    void decisionsMailTheFounderOncePerDecision() {
        Pitch pitch = pitches.pitch(night.id, "f1", "Acme", Pitch.Status.SUBMITTED);
        as("olivia").body("{\"decision\":\"ACCEPTED\"}").post("/api/pitches/" + pitch.id + "/decision")
                .then().statusCode(200).body("status", equalTo("ACCEPTED"));
        as("olivia").body("{\"decision\":\"ACCEPTED\"}").post("/api/pitches/" + pitch.id + "/decision")
                .then().statusCode(200);
        assertThat(pitches.mails(OutboxMail.Kind.PITCH_ACCEPTED)).singleElement()
                .satisfies(mail -> {
                    assertThat(mail.recipient).isEqualTo("f1@example.com");
                    assertThat(mail.subject).isEqualTo("You are pitching at Palo Alto Pitch Night: Acme");
                    assertThat(mail.body).contains("/pitches/mine");
                });

        as("olivia").body("{\"decision\":\"RESERVE\"}").post("/api/pitches/" + pitch.id + "/decision").then().statusCode(200);
        as("olivia").body("{\"decision\":\"REJECTED\"}").post("/api/pitches/" + pitch.id + "/decision").then().statusCode(200);
        assertThat(pitches.mails(OutboxMail.Kind.PITCH_RESERVE)).hasSize(1);
        assertThat(pitches.mails(OutboxMail.Kind.PITCH_REJECTED)).hasSize(1);
        assertThat(pitches.reload(pitch.id).status).isEqualTo(Pitch.Status.REJECTED);
        assertThat(pitches.reload(pitch.id).decidedBy).isEqualTo("olivia");
    }

    @Test
    void onlyOrganizersDecideAndOnlyWithAKnownDecision() {
        Pitch pitch = pitches.pitch(night.id, "f1", "Acme", Pitch.Status.SUBMITTED);
        as("bob").body("{\"decision\":\"ACCEPTED\"}").post("/api/pitches/" + pitch.id + "/decision").then().statusCode(403);
        as("sam").body("{\"decision\":\"ACCEPTED\"}").post("/api/pitches/" + pitch.id + "/decision").then().statusCode(403);
        as("olivia").body("{\"decision\":\"MAYBE\"}").post("/api/pitches/" + pitch.id + "/decision")
                .then().statusCode(400).body("detail", containsString("ACCEPTED, RESERVE or REJECTED"));
        assertThat(pitches.reload(pitch.id).status).isEqualTo(Pitch.Status.SUBMITTED);
        assertThat(pitches.mails(OutboxMail.Kind.PITCH_ACCEPTED)).isEmpty();
    }

    @Test
    void organizersSetTheCallWithDatesInTheNightsZone() {
        as("olivia").body("""
                {"opensAt":"2026-11-01T09:00:00","closesAt":"2026-11-20T23:59:00","brief":"B2B only","slotsWanted":4,
                 "blind":false,"weightTeam":3,"weightProblem":1,"weightTraction":2,"weightFit":0}""")
                .put("/api/events/" + night.id + "/call")
                .then().statusCode(200)
                .body("closesAt", equalTo("2026-11-20T23:59:00-08:00"))
                .body("weights.team", equalTo(3))
                .body("blind", equalTo(false));
        as("olivia").body("{\"closesAt\":\"2026-10-01T00:00:00\",\"weightTeam\":0,\"weightProblem\":0,\"weightTraction\":0,\"weightFit\":11}")
                .put("/api/events/" + night.id + "/call")
                .then().statusCode(400)
                .body("errors.closesAt", containsString("after"))
                .body("errors.weightFit", containsString("between 0 and 10"));
        as("bob").body("{\"closesAt\":\"2026-11-20T23:59:00\"}").put("/api/events/" + night.id + "/call").then().statusCode(403);
    }
}
