package dev.pitchnight.qa;

import static dev.pitchnight.live.LiveData.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dev.pitchnight.live.LiveChange;
import dev.pitchnight.live.LiveData;
import dev.pitchnight.support.Forms;
import dev.pitchnight.support.Keycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Audience questions: who may ask, one vote each, moderation, and anonymity that holds. */
@QuarkusTest
class QuestionResourceTest {

    @Inject
    LiveData data;

    LiveData.Night night;

    @BeforeEach
    void acmeOnStage() {
        night = data.night();
        as("olivia").post("/api/events/" + night.eventId() + "/live/start").then().statusCode(200);
    }

    long ask(String user, String text, boolean anonymous) {
        return as(user).body("{\"text\":\"" + text + "\",\"anonymous\":" + anonymous + "}")
                .post("/api/slots/" + night.acmeSlot() + "/questions").then().statusCode(201)
                .body("text", equalTo(text)).extract().jsonPath().getLong("id");
    }

    JsonPath list(String user) {
        var request = user == null ? given() : as(user);
        return request.get("/api/slots/" + night.acmeSlot() + "/questions").then().statusCode(200).extract().jsonPath();
    }

    @Transactional
    Question row(long id) {
        return Question.findById(id);
    }

    @Transactional
    long voteRows(long id) {
        return ((Number) Question.getEntityManager().createNativeQuery("SELECT COUNT(*) FROM question_votes WHERE question_id = ?1")
                .setParameter(1, id).getSingleResult()).longValue();
    }

    @Test
    void aVoteCountsOnceAndCanBeTakenBack() {
        long q = ask("alice", "How do you make money?", false);
        as("bob").post("/api/questions/" + q + "/vote").then().statusCode(200).body("votes", equalTo(1)).body("votedByMe", equalTo(true));
        as("bob").post("/api/questions/" + q + "/vote").then().statusCode(200).body("votes", equalTo(1));
        assertThat(row(q).votes).isEqualTo(1);
        assertThat(voteRows(q)).isEqualTo(1);
        as("olivia").post("/api/questions/" + q + "/vote").then().statusCode(200).body("votes", equalTo(2));
        as("bob").delete("/api/questions/" + q + "/vote").then().statusCode(200).body("votes", equalTo(1)).body("votedByMe", equalTo(false));
        as("bob").delete("/api/questions/" + q + "/vote").then().statusCode(200).body("votes", equalTo(1));
        assertThat(row(q).votes).isEqualTo(1);
        assertThat(voteRows(q)).isEqualTo(1);
    }

    @Test
    void votesSentAtOnceStillCountOncePerPerson() throws Exception {
        long q = ask("alice", "Concurrent?", false);
        String bob = Keycloak.accessToken("bob");
        String olivia = Keycloak.accessToken("olivia");
        try (var pool = Executors.newFixedThreadPool(8)) {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String token = i % 2 == 0 ? bob : olivia;
                answers.add(pool.submit(() -> given().auth().oauth2(token).contentType("application/json")
                        .post("/api/questions/" + q + "/vote").statusCode()));
            }
            for (var answer : answers) {
                assertThat(answer.get()).isEqualTo(200);
            }
        }
        assertThat(row(q).votes).isEqualTo(2);
        assertThat(voteRows(q)).isEqualTo(2);
    }

    @Test
    void nobodyVotesForTheirOwnQuestion() {
        long q = ask("alice", "Who are your customers?", false);
        as("alice").post("/api/questions/" + q + "/vote").then().statusCode(403).body("detail", containsString("your own question"));
        assertThat(row(q).votes).isZero();
        given().post("/api/questions/" + q + "/vote").then().statusCode(401);
    }

    @Test
    void questionsAreSortedByVotesOrByTime() {
        long first = ask("alice", "First?", false);
        long second = ask("alice", "Second?", false);
        as("bob").post("/api/questions/" + second + "/vote").then().statusCode(200);
        assertThat(list(null).getList("id", Long.class)).containsExactly(second, first);
        long third = ask("bob", "Third?", false);
        assertThat(given().get("/api/slots/" + night.acmeSlot() + "/questions?sort=time").then().statusCode(200)
                .extract().jsonPath().getList("id", Long.class)).containsExactly(third, second, first);
    }

    @Test
    void anonymousQuestionsNeverNameTheAskerToTheAudienceButAlwaysToModerators() {
        long q = ask("alice", "Is your burn rate sane?", true);
        ask("bob", "Open question by bob", false);
        String audience = given().get("/api/slots/" + night.acmeSlot() + "/questions").then().statusCode(200).extract().asString();
        String asBob = as("bob").get("/api/slots/" + night.acmeSlot() + "/questions").then().statusCode(200).extract().asString();
        for (String json : List.of(audience, asBob)) {
            assertThat(json).contains("Is your burn rate sane?").doesNotContainIgnoringCase("alice");
        }
        assertThat(audience).contains("bob");
        // The live stream's payloads are public too.
        assertThat(data.changes(night.eventId())).extracting(c -> c.payload).noneMatch(p -> p.toLowerCase().contains("alice"));
        JsonPath moderation = as("olivia").get("/api/slots/" + night.acmeSlot() + "/questions?view=moderation").then()
                .statusCode(200).extract().jsonPath();
        assertThat(moderation.getString("find { it.id == " + q + " }.asker")).isEqualTo("alice");
        as("bob").get("/api/slots/" + night.acmeSlot() + "/questions?view=moderation").then().statusCode(403);
    }

    @Test
    void preModeratedQuestionsWaitAndTheAskerSeesTheirsPendingAndWhyOneWasHidden() {
        as("olivia").body("{\"moderation\":\"PRE\"}").put("/api/events/" + night.eventId() + "/live/settings").then().statusCode(200);
        long q = as("alice").body("{\"text\":\"Pending one\"}").post("/api/slots/" + night.acmeSlot() + "/questions")
                .then().statusCode(201).body("status", equalTo("PENDING")).extract().jsonPath().getLong("id");
        list(null).getList("id");
        assertThat(list(null).getList("id")).isEmpty();
        assertThat(list("bob").getList("id")).isEmpty();
        assertThat(list("alice").getString("[0].status")).isEqualTo("PENDING");
        assertThat(list("alice").getBoolean("[0].mine")).isTrue();
        as("bob").post("/api/questions/" + q + "/vote").then().statusCode(404);
        assertThat(data.changes(night.eventId())).extracting(c -> c.payload).noneMatch(p -> p.contains("Pending one"));

        as("alice").body("{\"action\":\"approve\"}").post("/api/questions/" + q + "/moderation").then().statusCode(403);
        as("olivia").body("{\"action\":\"approve\"}").post("/api/questions/" + q + "/moderation").then().statusCode(200)
                .body("status", equalTo("VISIBLE"));
        assertThat(list("bob").getList("text")).containsExactly("Pending one");

        as("olivia").body("{\"action\":\"pin\"}").post("/api/questions/" + q + "/moderation").then().statusCode(200).body("pinned", equalTo(true));
        as("olivia").body("{\"action\":\"answered\"}").post("/api/questions/" + q + "/moderation").then().statusCode(200).body("answered", equalTo(true));
        as("olivia").body("{\"action\":\"hide\"}").post("/api/questions/" + q + "/moderation").then().statusCode(400)
                .body("detail", containsString("reason"));
        as("olivia").body("{\"action\":\"hide\",\"reason\":\"Off topic\"}").post("/api/questions/" + q + "/moderation").then()
                .statusCode(200).body("status", equalTo("HIDDEN")).body("pinned", equalTo(false));
        assertThat(list("bob").getList("id")).isEmpty();
        assertThat(list(null).getList("id")).isEmpty();
        assertThat(list("alice").getString("[0].hiddenReason")).isEqualTo("Off topic");
        assertThat(row(q).moderatedBy).isEqualTo("olivia");
    }

    @Test
    void lengthAndRateAreLimited() {
        String longText = "x".repeat(281);
        as("alice").body("{\"text\":\"" + longText + "\"}").post("/api/slots/" + night.acmeSlot() + "/questions").then()
                .statusCode(400).body("detail", containsString("280"));
        as("alice").body("{\"text\":\"   \"}").post("/api/slots/" + night.acmeSlot() + "/questions").then().statusCode(400);
        ask("alice", "One", false);
        ask("alice", "Two", false);
        ask("alice", "Three", false);
        as("alice").body("{\"text\":\"Four\"}").post("/api/slots/" + night.acmeSlot() + "/questions").then()
                .statusCode(429).body("detail", containsString("wait a moment"));
        assertThat(list(null).getList("id")).hasSize(3);
        ask("bob", "Bob still may", false);
    }

    @Test
    void tooManyQuestionsSayWhenTheNextOneIsTaken() {
        long first = ask("alice", "One", false);
        ask("alice", "Two", false);
        ask("alice", "Three", false);
        // The first question was asked 50 s ago: a fourth fits in about 10 s, less the time this test takes.
        askedAgo(first, Duration.ofSeconds(50));
        Instant moved = Instant.now();

        var refused = as("alice").body("{\"text\":\"Four\"}").post("/api/slots/" + night.acmeSlot() + "/questions")
                .then().statusCode(429).contentType("application/problem+json")
                .body("title", equalTo("Too many questions"))
                .body("status", equalTo(429))
                .extract();
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(secondsLeftOfTen(moved), 11L);
        assertThat(refused.jsonPath().getString("detail")).contains("you can ask again in " + retryAfter + " seconds");
        assertThat(list(null).getList("text")).doesNotContain("Four");

        // The page's form says the same, on the page, with the same header.
        var page = Forms.post("alice", "/events/" + night.eventId() + "/qa",
                "/events/" + night.eventId() + "/qa/ask", Map.of("slotId", night.acmeSlot(), "text", "Four"));
        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(page.getHeader("Retry-After"))).isBetween(secondsLeftOfTen(moved), 11L);
        assertThat(page.asString()).contains("you can ask again in").contains("Four");

        // Once the oldest is a minute old, the next question is taken.
        askedAgo(first, Duration.ofSeconds(61));
        ask("alice", "Four", false);
    }

    /**
     * The least Retry-After still right for "10 s from when the clock was moved": a loaded machine
     * may take seconds between moving it and asking (seen: 8 at the page's form).
     */
    static long secondsLeftOfTen(Instant moved) {
        return Math.max(1, 9 - Duration.between(moved, Instant.now()).toSeconds());
    }

    @Transactional
    void askedAgo(long questionId, Duration ago) {
        Question question = Question.findById(questionId);
        question.createdAt = Instant.now().minus(ago);
    }

    @Test
    void onlySeatedPeopleAskAndOnlyToTheStartupOnStage() {
        as("sam").body("{\"text\":\"I have no seat\"}").post("/api/slots/" + night.acmeSlot() + "/questions").then()
                .statusCode(403).body("detail", containsString("confirmed seat"));
        as("alice").body("{\"text\":\"Too early\"}").post("/api/slots/" + night.boltSlot() + "/questions").then()
                .statusCode(409).body("detail", containsString("Bolt Energy"));
        as("alice").body("{\"text\":\"Not a slot\"}").post("/api/slots/" + night.breakItem() + "/questions").then().statusCode(404);
        given().contentType("application/json").body("{\"text\":\"anon\"}").post("/api/slots/" + night.acmeSlot() + "/questions")
                .then().statusCode(401);
        // Escaped wherever it goes: JSON carries the text as it was written.
        ask("alice", "<script>alert(1)</script>", false);
        assertThat(list(null).getString("[0].text")).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void theAwardTakesOneVotePerPersonAndShowsResultsWhenRevealed() {
        String award = "/api/events/" + night.eventId() + "/award";
        as("alice").body("{\"pitchId\":" + night.acmePitch() + "}").post(award + "/vote").then().statusCode(409)
                .body("detail", containsString("opens"));
        as("olivia").post("/api/events/" + night.eventId() + "/live/award-open").then().statusCode(200).body("award", equalTo("OPEN"));
        as("alice").body("{\"pitchId\":" + night.acmePitch() + "}").post(award + "/vote").then().statusCode(200)
                .body("myVote", equalTo((int) night.acmePitch())).body("results", nullValue());
        as("alice").body("{\"pitchId\":" + night.boltPitch() + "}").post(award + "/vote").then().statusCode(409);
        as("bob").body("{\"pitchId\":" + night.acmePitch() + "}").post(award + "/vote").then().statusCode(200);
        as("sam").body("{\"pitchId\":" + night.acmePitch() + "}").post(award + "/vote").then().statusCode(403);
        given().get(award).then().statusCode(200).body("state", equalTo("OPEN")).body("results", nullValue());
        as("olivia").post("/api/events/" + night.eventId() + "/live/award-close").then().statusCode(200);
        as("bob").body("{\"pitchId\":" + night.boltPitch() + "}").post(award + "/vote").then().statusCode(409);
        as("olivia").post("/api/events/" + night.eventId() + "/live/award-reveal").then().statusCode(200);
        given().get(award).then().statusCode(200).body("state", equalTo("REVEALED"))
                .body("results", hasSize(2)).body("results[0].company", equalTo("Acme Robotics")).body("results[0].votes", equalTo(2))
                .body("results[1].votes", equalTo(0));
    }
}
