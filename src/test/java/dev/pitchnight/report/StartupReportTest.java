package dev.pitchnight.report;

import static dev.pitchnight.live.LiveData.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import dev.pitchnight.event.GroupMember;
import dev.pitchnight.event.MeetupGroup;
import dev.pitchnight.i18n.Languages;
import dev.pitchnight.i18n.Speakers;
import dev.pitchnight.live.LiveData;
import dev.pitchnight.notify.OutboxMail;
import dev.pitchnight.pitch.Pitch;
import dev.pitchnight.pitch.PitchData;
import dev.pitchnight.support.Forms;
import dev.pitchnight.support.Keycloak;
import dev.pitchnight.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The startup's report after the night: what it holds (questions the audience saw, the award once
 * revealed, the cards of people who connected, the review only when shared), who may read it, and
 * the organizer's "Send the reports" (once per startup, only after the night).
 */
@QuarkusTest
class StartupReportTest {

    @Inject
    LiveData live;

    @Inject
    ReportData reports;

    @Inject
    PitchData pitches;

    @Inject
    TestData data;

    LiveData.Night night;

    @BeforeEach
    void aNightWithTwoStartups() {
        night = live.night(); // olivia organizes; sam's Acme Robotics and f2's Bolt Energy pitch; alice and bob have seats
    }

    JsonPath report(String user, long pitchId) {
        return as(user).get("/api/pitches/" + pitchId + "/report").then().statusCode(200).extract().jsonPath();
    }

    String page(String user, long pitchId) {
        return given().auth().oauth2(Keycloak.accessToken(user)).get("/pitches/" + pitchId + "/report")
                .then().statusCode(200).extract().asString();
    }

    String reportsPage() {
        return "/events/" + night.eventId() + "/reports";
    }

    long ask(String user, String text, boolean anonymous) {
        return as(user).body("{\"text\":\"" + text + "\",\"anonymous\":" + anonymous + "}")
                .post("/api/slots/" + night.acmeSlot() + "/questions").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    void liveAction(String action) {
        as("olivia").post("/api/events/" + night.eventId() + "/live/" + action).then().statusCode(200);
    }

    @Test
    void theReportListsTheQuestionsTheAudienceSawMostVotesFirst() {
        liveAction("start");
        long money = ask("alice", "How do you make money?", false);
        long rivals = ask("bob", "Who are your rivals?", true);
        long spam = ask("alice", "Buy cheap watches", false);
        as("olivia").body("{\"action\":\"hide\",\"reason\":\"spam\"}").post("/api/questions/" + spam + "/moderation")
                .then().statusCode(200);
        as("bob").post("/api/questions/" + money + "/vote").then().statusCode(200);
        as("alice").post("/api/questions/" + rivals + "/vote").then().statusCode(200);
        as("olivia").post("/api/questions/" + rivals + "/vote").then().statusCode(200);
        as("olivia").body("{\"action\":\"answered\"}").post("/api/questions/" + money + "/moderation").then().statusCode(200);
        reports.question(night.eventId(), night.boltSlot(), "A question for Bolt", 9);

        JsonPath json = report("sam", night.acmePitch());
        assertThat(json.getList("questions.text")).containsExactly("Who are your rivals?", "How do you make money?");
        assertThat(json.getList("questions.votes")).containsExactly(2, 1);
        assertThat(json.getList("questions.answered")).containsExactly(false, true);
        assertThat(json.getString("questions[0].author")).as("an anonymous asker stays anonymous").isNull();
        assertThat(json.getString("questions[1].author")).isNotBlank();
        assertThat(json.prettify()).doesNotContain("\"asker\"").doesNotContain("Buy cheap watches");

        String page = page("sam", night.acmePitch());
        assertThat(page).contains("Audience questions (2)").contains("Anonymous").contains("2 votes")
                .doesNotContain("Buy cheap watches").doesNotContain("A question for Bolt");
        assertThat(page.indexOf("Who are your rivals?")).isLessThan(page.indexOf("How do you make money?"));
        assertThat(report("olivia", night.boltPitch()).getList("questions.text")).containsExactly("A question for Bolt");
    }

    @Test
    void theAwardStandingAppearsOnlyOnceTheOrganizerRevealsIt() {
        as("admin").body("{\"guests\":0}").put("/api/events/" + night.eventId() + "/rsvp").then().statusCode(200);
        liveAction("award-open");
        String vote = "/api/events/" + night.eventId() + "/award/vote";
        as("alice").body("{\"pitchId\":" + night.boltPitch() + "}").post(vote).then().statusCode(200);
        as("admin").body("{\"pitchId\":" + night.boltPitch() + "}").post(vote).then().statusCode(200);
        as("bob").body("{\"pitchId\":" + night.acmePitch() + "}").post(vote).then().statusCode(200);

        assertThat(report("sam", night.acmePitch()).getMap("award")).isNull();
        assertThat(report("olivia", night.acmePitch()).getMap("award")).as("organizers read what the founder reads").isNull();
        assertThat(page("sam", night.acmePitch())).contains("have not revealed").doesNotContain("Place ");
        liveAction("award-close");
        assertThat(report("sam", night.acmePitch()).getMap("award")).isNull();

        liveAction("award-reveal");
        JsonPath json = report("sam", night.acmePitch());
        assertThat(json.getLong("award.votes")).isEqualTo(1);
        assertThat(json.getInt("award.rank")).isEqualTo(2);
        assertThat(json.getInt("award.startups")).isEqualTo(2);
        assertThat(json.getLong("award.totalVotes")).isEqualTo(3);
        assertThat(page("sam", night.acmePitch())).contains("Place 2 of 2, with 1 of 3 votes.").doesNotContain("have not revealed");
        JsonPath bolt = report("olivia", night.boltPitch());
        assertThat(bolt.getInt("award.rank")).isEqualTo(1);
        assertThat(bolt.getLong("award.votes")).isEqualTo(2);
    }

    @Test
    void theFounderSeesTheCardsOfThePeopleWhoConnectedAndOrganizersOnlyHowMany() {
        long id = night.eventId();
        reports.card(id, "sam", "Sam Founder", "CEO", "Acme Robotics", null);
        reports.card(id, "alice", "Alice Angel", "Partner", "Angel Fund", "https://angel.example/alice");
        reports.card(id, "bob", "Bob Builder", null, null, null);
        reports.connection(id, "alice", "sam");
        reports.connection(id, "sam", "bob");
        reports.connection(id, "carol", "sam"); // carol took her card down: she is left out
        reports.connection(id, "alice", "bob"); // not sam's

        JsonPath json = report("sam", night.acmePitch());
        assertThat(json.getList("connections.name")).containsExactly("Alice Angel", "Bob Builder");
        assertThat(json.getString("connections[0].role")).isEqualTo("Partner");
        assertThat(json.getString("connections[0].company")).isEqualTo("Angel Fund");
        assertThat(json.getString("connections[0].link")).isEqualTo("https://angel.example/alice");
        assertThat(json.getInt("connectionCount")).isEqualTo(2);
        assertThat(json.getBoolean("forFounder")).isTrue();
        assertThat(json.prettify()).as("the card's address is not part of what the report shares").doesNotContain("private.example");
        assertThat(page("sam", night.acmePitch())).contains("Connections (2)").contains("Alice Angel").contains("Angel Fund")
                .contains("https://angel.example/alice").contains("Bob Builder").doesNotContain("private.example");

        JsonPath organizer = report("olivia", night.acmePitch());
        assertThat(organizer.getList("connections")).isNull();
        assertThat(organizer.getInt("connectionCount")).isEqualTo(2);
        assertThat(page("olivia", night.acmePitch())).contains("2 people connected with the founder")
                .doesNotContain("Alice Angel").doesNotContain("Angel Fund");
        assertThat(report("olivia", night.boltPitch()).getInt("connectionCount")).isZero();
    }

    @Test
    void theReviewReachesTheFounderOnlyWhenTheOrganizerSharesIt() {
        pitches.reviewer(night.eventId(), "bob");
        as("olivia").body("{\"team\":4,\"problem\":5,\"traction\":3,\"fit\":4,\"comment\":\"Secret: the CTO seems unsure\"}")
                .put("/api/pitches/" + night.acmePitch() + "/review").then().statusCode(200);
        as("bob").body("{\"team\":2,\"problem\":3,\"traction\":3,\"fit\":4,\"comment\":\"My private doubts\"}")
                .put("/api/pitches/" + night.acmePitch() + "/review").then().statusCode(200);
        assertThat(report("sam", night.acmePitch()).getMap("review")).isNull();
        assertThat(page("sam", night.acmePitch())).contains("have not shared their review").doesNotContain("3.50");
        assertThat(given().auth().oauth2(Keycloak.accessToken("olivia")).get(reportsPage()).then().statusCode(200)
                .extract().asString()).contains("Score 3.50").contains("Acme Robotics").contains("Bolt Energy");

        Response saved = Forms.post("olivia", reportsPage(), reportsPage() + "/" + night.acmePitch(),
                Map.of("share", "on", "note", "Great energy on stage.\nWork on the ask."));
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.getHeader("Location")).endsWith("/events/" + night.eventId() + "/reports#pitch-" + night.acmePitch());
        assertThat(reports.choices(night.acmePitch()).shareReview).isTrue();

        JsonPath json = report("sam", night.acmePitch());
        assertThat(json.getInt("review.scores.reviews")).isEqualTo(2);
        assertThat(json.getDouble("review.scores.team")).isEqualTo(3.0);
        assertThat(json.getDouble("review.scores.problem")).isEqualTo(4.0);
        assertThat(json.getDouble("review.scores.traction")).isEqualTo(3.0);
        assertThat(json.getDouble("review.scores.fit")).isEqualTo(4.0);
        assertThat(json.getDouble("review.scores.score")).isEqualTo(3.5);
        assertThat(json.getString("review.note")).isEqualTo("Great energy on stage.\nWork on the ask.");
        assertThat(json.prettify()).as("reviewers' names and comments stay with the organizers")
                .doesNotContain("Secret").doesNotContain("doubts").doesNotContain("reviewer");
        assertThat(page("sam", night.acmePitch())).contains("Score 3.50").contains("2 reviews").contains("Great energy on stage.")
                .contains("Traction").doesNotContain("Secret").doesNotContain("doubts");
        assertThat(report("olivia", night.boltPitch()).getMap("review")).as("shared for Acme only").isNull();

        Forms.post("olivia", reportsPage(), reportsPage() + "/" + night.acmePitch(), Map.of("note", "Great energy on stage."));
        assertThat(report("sam", night.acmePitch()).getMap("review")).as("taken back").isNull();
        assertThat(reports.choices(night.acmePitch()).note).isEqualTo("Great energy on stage.");

        Response tooLong = Forms.post("olivia", reportsPage(), reportsPage() + "/" + night.acmePitch(),
                Map.of("share", "on", "note", "x".repeat(2001)));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.asString()).contains("note: must be at most 2000 characters");
        assertThat(reports.choices(night.acmePitch()).shareReview).as("nothing written").isFalse();
    }

    @Test
    void onlyTheFounderAndTheNightsOrganizersReadTheReport() {
        Keycloak.ensureUser("oscar", "Oscar Lindqvist", "organizer");
        Keycloak.ensureUser("fiona", "Fiona Fischer", "founder");
        MeetupGroup other = data.group("other-night-club", "Other Night Club");
        data.member(other, "oscar", GroupMember.GroupRole.OWNER);
        long acme = night.acmePitch();

        for (String user : List.of("sam", "olivia", "admin")) {
            assertThat(report(user, acme).getString("company")).as(user).isEqualTo("Acme Robotics");
            assertThat(page(user, acme)).as(user).contains("Report for Acme Robotics");
        }
        for (String user : List.of("alice", "bob", "fiona", "oscar")) {
            as(user).get("/api/pitches/" + acme + "/report").then().statusCode(404)
                    .contentType(containsString("application/problem+json"))
                    .body("detail", equalTo("There is no pitch " + acme + "."));
            given().auth().oauth2(Keycloak.accessToken(user)).get("/pitches/" + acme + "/report").then().statusCode(404)
                    .body(containsString("There is no pitch " + acme + ".")).body(Matchers.not(containsString("Acme")));
            given().auth().oauth2(Keycloak.accessToken(user)).get(reportsPage()).then().statusCode(403);
        }
        as("sam").get("/api/pitches/" + night.boltPitch() + "/report").then().statusCode(404);
        given().get("/api/pitches/" + acme + "/report").then().statusCode(401);
        given().redirects().follow(false).get("/pitches/" + acme + "/report").then().statusCode(302)
                .header("Location", containsString("/realms/pitchnight/"));
        given().auth().oauth2(Keycloak.accessToken("sam")).get(reportsPage()).then().statusCode(403);

        long rejected = pitches.pitch(night.eventId(), "sam", "Old Idea", Pitch.Status.REJECTED).id;
        as("sam").get("/api/pitches/" + rejected + "/report").then().statusCode(404)
                .body("detail", containsString("only startups accepted to pitch get one"));

        // Another group's organizer can neither share nor send, even with a valid CSRF token.
        reports.endNight(night.eventId());
        Response share = Forms.post("oscar", "/groups/svnewtech", reportsPage() + "/" + acme, Map.of("share", "on"));
        assertThat(share.statusCode()).isEqualTo(403);
        Response send = Forms.post("oscar", "/groups/svnewtech", reportsPage() + "/send", Map.of());
        assertThat(send.statusCode()).isEqualTo(403);
        assertThat(reports.choices(acme)).isNull();
        assertThat(reports.reportMails()).isEmpty();
    }

    @Test
    void theReportsAreMailedOncePerStartupAndOnlyAfterTheNight() {
        long acme = night.acmePitch();
        String organizerPage = given().auth().oauth2(Keycloak.accessToken("olivia")).get(reportsPage()).then().statusCode(200)
                .extract().asString();
        assertThat(organizerPage).contains("The reports can be sent once the night has ended").doesNotContain("Send the reports");
        Response early = Forms.post("olivia", reportsPage(), reportsPage() + "/send", Map.of());
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(early.asString()).contains("can be sent once the night has ended");
        assertThat(reports.reportMails()).isEmpty();
        assertThat(page("sam", acme)).contains("The night is not over yet");
        assertThat(given().auth().oauth2(Keycloak.accessToken("sam")).get("/pitches/mine").asString())
                .doesNotContain("/pitches/" + acme + "/report");
        assertThat(given().auth().oauth2(Keycloak.accessToken("olivia")).get("/events/" + night.eventId() + "/review").asString())
                .doesNotContain(reportsPage());

        reports.endNight(night.eventId());
        assertThat(given().auth().oauth2(Keycloak.accessToken("sam")).get("/pitches/mine").asString())
                .contains("/pitches/" + acme + "/report");
        assertThat(given().auth().oauth2(Keycloak.accessToken("olivia")).get("/events/" + night.eventId() + "/review").asString())
                .contains("href=\"" + reportsPage() + "\"").contains("/pitches/" + acme + "/report");
        assertThat(given().auth().oauth2(Keycloak.accessToken("olivia")).get("/pitches/" + acme + "/review").asString())
                .contains("/pitches/" + acme + "/report");
        assertThat(page("sam", acme)).doesNotContain("The night is not over yet");

        // A forged post (no CSRF token) sends nothing.
        given().auth().oauth2(Keycloak.accessToken("olivia")).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").formParam("x", "1")
                .post(reportsPage() + "/send").then().statusCode(400);
        assertThat(reports.reportMails()).isEmpty();

        // Two organizers press "Send" at once: one mail per startup all the same.
        CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> Forms.post("olivia", reportsPage(), reportsPage() + "/send", Map.of()));
        CompletableFuture<Response> second = CompletableFuture.supplyAsync(() -> Forms.post("admin", reportsPage(), reportsPage() + "/send", Map.of()));
        List<String> locations = List.of(first.join(), second.join()).stream().map(r -> {
            assertThat(r.statusCode()).isEqualTo(303);
            return r.getHeader("Location");
        }).sorted().toList();
        assertThat(locations).hasSize(2);
        assertThat(locations.get(0)).endsWith("/reports?sent=0");
        assertThat(locations.get(1)).endsWith("/reports?sent=2");

        List<OutboxMail> mails = reports.reportMails();
        assertThat(mails).extracting(m -> m.recipient).containsExactlyInAnyOrder("sam@example.com", "f2@example.com");
        assertThat(mails).extracting(m -> m.dedupKey)
                .containsExactlyInAnyOrder("PITCH_REPORT:" + acme, "PITCH_REPORT:" + night.boltPitch());
        OutboxMail acmeMail = mails.stream().filter(m -> m.recipient.equals("sam@example.com")).findFirst().orElseThrow();
        assertThat(acmeMail.subject).isEqualTo("Your report from Palo Alto Pitch Night: Acme Robotics");
        assertThat(acmeMail.body).contains("Hello Acme Robotics team").contains("/pitches/" + acme + "/report");
        assertThat(reports.choices(acme).sentAt).isNotNull();

        Response again = Forms.post("olivia", reportsPage(), reportsPage() + "/send", Map.of());
        assertThat(again.getHeader("Location")).endsWith("/reports?sent=0");
        assertThat(reports.reportMails()).hasSize(2);
        given().auth().oauth2(Keycloak.accessToken("olivia")).get(reportsPage() + "?sent=0").then().statusCode(200)
                .body(containsString("none was sent twice")).body(containsString("Sent "));
    }

    @Test
    void germanReadersGetTheReportAndTheMailInGerman() {
        reports.endNight(night.eventId());
        String germanDate = data.reload(night.eventId()).localStart()
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(Locale.GERMAN));
        given().auth().oauth2(Keycloak.accessToken("sam")).header("Accept-Language", "de")
                .get("/pitches/" + night.acmePitch() + "/report").then().statusCode(200)
                .header("Content-Language", "de")
                .body(containsString("Bericht für Acme Robotics"))
                .body(containsString("Fragen aus dem Publikum (0)"))
                .body(containsString("Die Organisatoren haben ihre Bewertung nicht geteilt."))
                .body(containsString("Kontakte (0)"))
                .body(containsString(germanDate))
                .body(Matchers.not(containsString("Audience questions")));
        given().auth().oauth2(Keycloak.accessToken("olivia")).header("Accept-Language", "de").get(reportsPage())
                .then().statusCode(200)
                .body(containsString("Berichte für die Startups"))
                .body(containsString("Berichte verschicken"))
                .body(containsString("Noch nicht verschickt"));

        Speakers.with(Map.of("sam", Languages.GERMAN), () -> {
            reports.queueReportMail(night.acmePitch());
            return null;
        });
        OutboxMail mail = reports.reportMails().get(0);
        assertThat(mail.subject).isEqualTo("Dein Bericht von Palo Alto Pitch Night: Acme Robotics");
        assertThat(mail.body).contains("Hallo Acme Robotics-Team").contains("Euer Bericht vom Abend ist fertig")
                .contains(germanDate).contains("/pitches/" + night.acmePitch() + "/report");
    }

    @Test
    void aPageOfTheReportLinksBackAndEscapesWhatPeopleWrote() {
        liveAction("start");
        ask("alice", "<script>alert(1)</script> pricing?", false);
        String page = page("sam", night.acmePitch());
        assertThat(page).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt; pricing?")
                .contains("href=\"/events/" + night.eventId() + "\"");
        given().auth().oauth2(Keycloak.accessToken("olivia")).get("/pitches/" + night.acmePitch() + "/report").then()
                .statusCode(200).body(containsString("href=\"" + reportsPage() + "\""));
        as("sam").get("/api/pitches/" + night.acmePitch() + "/report").then().statusCode(200)
                .body("eventId", equalTo((int) night.eventId())).body("nightEnded", equalTo(false))
                .body("startsAt", endsWith("Z"));
    }
}
