package dev.pitchnight.i18n;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import dev.pitchnight.event.Event;
import dev.pitchnight.event.GroupMember;
import dev.pitchnight.event.MeetupGroup;
import dev.pitchnight.notify.MailSender;
import dev.pitchnight.notify.OutboxMail;
import dev.pitchnight.support.Forms;
import dev.pitchnight.support.Keycloak;
import dev.pitchnight.support.MailServer;
import dev.pitchnight.support.MailServer.Received;
import dev.pitchnight.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pages and mails speak German to those who ask for it, and English to everybody else. */
@QuarkusTest
class GermanPagesTest {

    @Inject
    TestData data;

    @Inject
    MailSender sender;

    Event night;

    @BeforeEach
    void oneSeatNight() {
        data.clear();
        MailServer.clear("alice@pitchnight.test", "bob@pitchnight.test");
        MeetupGroup group = data.group("svnewtech", "SV New Tech");
        data.member(group, "olivia", GroupMember.GroupRole.OWNER);
        night = data.night(group, "Kleiner Abend", 1, 0);
    }

    String germanDate() {
        return night.localStart().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(Locale.GERMAN));
    }

    String germanTime() {
        return night.localStart().format(DateTimeFormatter.ofPattern("HH:mm")) + " Uhr";
    }

    static RequestSpecification as(String user, String language) {
        return given().auth().oauth2(Keycloak.accessToken(user)).header("Accept-Language", language)
                .contentType(ContentType.JSON);
    }

    @Test
    void aGermanBrowserGetsGermanPagesWithGermanDates() {
        given().header("Accept-Language", "de-DE,de;q=0.9,en;q=0.8").get("/").then().statusCode(200)
                .body(containsString("<html lang=\"de\">"))
                .body(containsString("Kommende Pitch-Abende"))
                .body(containsString(germanDate()))
                .body(not(containsString("Upcoming pitch nights")));

        given().header("Accept-Language", "de").get("/events/" + night.id).then().statusCode(200)
                .header("Content-Language", "de")
                .header("Vary", containsString("Accept-Language"))
                .body(containsString("<html lang=\"de\">"))
                .body(containsString("Noch 1 Platz frei"))
                .body(containsString("Anmelden und zusagen"))
                .body(containsString(germanDate() + ", " + germanTime()))
                .body(containsString("Die Zeiten gelten in der Zeitzone des Abends"));
    }

    @Test
    void everybodyElseGetsEnglish() {
        given().get("/").then().statusCode(200)
                .body(containsString("<html lang=\"en\">")).body(containsString("Upcoming pitch nights"));
        given().header("Accept-Language", "fr-FR,fr;q=0.9").get("/events/" + night.id).then().statusCode(200)
                .body(containsString("<html lang=\"en\">")).body(containsString("1 seats left"))
                .body(not(containsString("Uhr")));
    }

    @Test
    void signedInPeopleGetTheSameRule() {
        as("alice", "de").get("/events/" + night.id).then().statusCode(200)
                .body(containsString("<html lang=\"de\">"))
                .body(containsString(">Zusagen<"))
                .body(containsString("Abmelden"));
        as("alice", "en").cookie(Languages.COOKIE, "de").get("/events/" + night.id).then().statusCode(200)
                .body(containsString("Abmelden"));
    }

    @Test
    void theSwitchRemembersTheChoiceForAYearAndWinsOverTheBrowser() {
        Response chosen = given().redirects().follow(false)
                .get("/language?lang=de&back=/events/" + night.id);
        assertThat(chosen.statusCode()).isEqualTo(303);
        assertThat(chosen.getHeader("Location")).endsWith("/events/" + night.id);
        assertThat(chosen.getHeaders().getValues("Set-Cookie"))
                .filteredOn(cookie -> cookie.startsWith(Languages.COOKIE + "=")).singleElement().asString().startsWith(Languages.COOKIE + "=de;").contains("Path=/", "Max-Age=31536000")
                .containsIgnoringCase("SameSite=Lax");
        assertThat(chosen.getCookie(Languages.COOKIE)).isEqualTo("de");

        given().cookie(Languages.COOKIE, "de").header("Accept-Language", "en-US,en")
                .get("/events/" + night.id).then().statusCode(200)
                .body(containsString("<html lang=\"de\">")).body(containsString("Noch 1 Platz frei"));
        given().cookie(Languages.COOKIE, "en").header("Accept-Language", "de-DE,de")
                .get("/events/" + night.id).then().statusCode(200)
                .body(containsString("<html lang=\"en\">")).body(containsString("1 seats left"));

        // The page links the switch back to itself.
        given().header("Accept-Language", "de").get("/events/" + night.id).then()
                .body(containsString("href=\"/language?lang=en&amp;back=%2Fevents%2F" + night.id + "\""));
    }

    @Test
    void theSwitchRefusesUnknownLanguagesAndForeignDestinations() {
        Response french = given().redirects().follow(false).get("/language?lang=fr&back=/");
        assertThat(french.statusCode()).isEqualTo(400);
        assertThat(french.getCookie(Languages.COOKIE)).isNull();
        given().redirects().follow(false).get("/language").then().statusCode(400);
        given().redirects().follow(false).get("/language?lang=en&back=//evil.example/").then().statusCode(303)
                .header("Location", allOf(endsWith("/"), not(containsString("evil"))));
    }

    @Test
    void theOtherBundlesSpeakGermanToo() {
        as("alice", "de").body("{}").put(rsvpUrl()).then().statusCode(200);
        as("alice", "de").get("/events/" + night.id + "/ticket").then().statusCode(200)
                .body(containsString("Dein Ticket"))
                .body(containsString("Zeig diesen Code am Einlass."));
        as("sam", "de").get("/pitches/mine").then().statusCode(200)
                .body(containsString("Meine Pitches"))
                .body(containsString("Du hast noch nicht gepitcht."));
    }

    @Test
    void errorPagesSpeakGermanToo() {
        given().header("Accept-Language", "de").get("/events/999999").then().statusCode(404)
                .body(containsString("Seite nicht gefunden"))
                .body(containsString("Zurück zur Startseite"));
    }

    @Test
    void theJsonApiStaysLocaleNeutral() {
        given().header("Accept-Language", "de").get("/api/events/" + night.id).then().statusCode(200)
                .body("startsAt", startsWith(night.localStart().toLocalDate().toString() + "T"))
                .body("title", equalTo("Kleiner Abend"));
    }

    @Test
    void mailsAreInTheLanguageThePersonUsedAndEnglishForChangesMadeByOthers() {
        as("alice", "de-DE,de;q=0.9").body("{}").put(rsvpUrl()).then().statusCode(200).body("status", equalTo("CONFIRMED"));
        as("bob", "en-US").body("{}").put(rsvpUrl()).then().statusCode(200).body("status", equalTo("WAITLISTED"));
        // Alice, now in German, leaves; bob's promotion is her doing, so it is written in English.
        as("alice", "de").delete(rsvpUrl()).then().statusCode(204);

        assertThat(data.outbox()).extracting(mail -> mail.kind).containsExactly(
                OutboxMail.Kind.RSVP_CONFIRMED, OutboxMail.Kind.RSVP_WAITLISTED, OutboxMail.Kind.RSVP_PROMOTED);
        assertThat(sender.sendDue()).isEqualTo(3);

        Received german = MailServer.awaitMails("alice@pitchnight.test", 1).get(0);
        assertThat(german.subject()).isEqualTo("Du bist dabei: Kleiner Abend");
        assertThat(german.text()).contains("Hallo alice,", "Wann: " + germanDate() + ", " + germanTime(),
                "Dein Ticket mit dem QR-Code", "/events/" + night.id + "/ticket");

        List<Received> bobs = MailServer.awaitMails("bob@pitchnight.test", 2);
        assertThat(bobs).extracting(Received::subject).containsExactly(
                "You're on the waitlist: Kleiner Abend", "A seat freed up for you: Kleiner Abend");
        assertThat(bobs.get(1).text()).contains("Hi bob,")
                .doesNotContain("Uhr");
    }

    @Test
    void refusalsOverTheApiSpeakTheCallersLanguage() {
        as("alice", "de").body("{}").put(rsvpUrl()).then().statusCode(200).body("status", equalTo("CONFIRMED"));
        noWaitlist();

        as("bob", "de-DE,de;q=0.9").body("{}").put(rsvpUrl()).then().statusCode(409)
                .contentType("application/problem+json")
                .body("title", equalTo("Ausgebucht"))
                .body("detail", equalTo("Alle Plätze sind vergeben, und dieser Abend hat keine Warteliste."));
        as("bob", "en-US").body("{}").put(rsvpUrl()).then().statusCode(409)
                .contentType("application/problem+json")
                .body("title", equalTo("Sold out"))
                .body("detail", equalTo("All seats are taken and this night has no waitlist."));
        as("bob", "en-US").cookie(Languages.COOKIE, "de").body("{}").put(rsvpUrl()).then().statusCode(409)
                .body("detail", equalTo("Alle Plätze sind vergeben, und dieser Abend hat keine Warteliste."));
        assertThat(data.rsvps(night.id)).extracting(rsvp -> rsvp.username).containsExactly("alice");

        as("bob", "de").body("{\"guests\":-1}").put(rsvpUrl()).then().statusCode(400)
                .body("title", equalTo("Ungültige Eingabe"))
                .body("detail", equalTo("guests: muss 0 oder mehr sein"))
                .body("errors.guests", equalTo("muss 0 oder mehr sein"));
        as("bob", "en").body("{\"guests\":-1}").put(rsvpUrl()).then().statusCode(400)
                .body("title", equalTo("Invalid input"))
                .body("detail", equalTo("guests: must be 0 or more"));
        given().header("Accept-Language", "de").get("/api/events/999999").then().statusCode(404)
                .body("title", equalTo("Nicht gefunden"))
                .body("detail", equalTo("Den Pitch-Abend 999999 gibt es nicht."));
        given().header("Accept-Language", "de").get("/api/no-such-thing").then().statusCode(404)
                .body("detail", equalTo("Unter /api/no-such-thing gibt es nichts."));
    }

    @Test
    void formsShowTheirRefusalsInTheReadersLanguage() {
        as("alice", "de").body("{}").put(rsvpUrl()).then().statusCode(200);
        noWaitlist();
        String page = "/events/" + night.id;
        Response german = Forms.post("bob", "de", page, page + "/rsvp", Map.of("guests", "0"));
        assertThat(german.statusCode()).isEqualTo(409);
        assertThat(german.asString()).contains("<html lang=\"de\">", "Alle Plätze sind vergeben, und dieser Abend hat keine Warteliste.")
                .doesNotContain("All seats are taken");
        Response english = Forms.post("bob", "en", page, page + "/rsvp", Map.of("guests", "0"));
        assertThat(english.statusCode()).isEqualTo(409);
        assertThat(english.asString()).contains("All seats are taken and this night has no waitlist.");
        assertThat(data.rsvps(night.id)).extracting(rsvp -> rsvp.username).containsExactly("alice");

        // The organizer's form marks the field in German: a night that ends before it starts.
        Instant endsAt = data.reload(night.id).endsAt;
        Map<String, String> backwards = Map.of("startsAt", "2026-12-10T21:00", "endsAt", "2026-12-10T18:00");
        Response edit = Forms.post("olivia", "de", page + "/edit", page + "/edit", backwards);
        assertThat(edit.statusCode()).isEqualTo(400);
        assertThat(edit.asString()).contains("Bitte korrigiere die markierten Felder.", "muss nach dem Beginn liegen")
                .doesNotContain("must be after the start");
        Response englishEdit = Forms.post("olivia", "en", page + "/edit", page + "/edit", backwards);
        assertThat(englishEdit.statusCode()).isEqualTo(400);
        assertThat(englishEdit.asString()).contains("must be after the start");
        assertThat(data.reload(night.id).endsAt).isEqualTo(endsAt);
    }

    void noWaitlist() {
        QuarkusTransaction.requiringNew().run(() -> Event.update("waitlistEnabled = false where id = ?1", night.id));
    }

    String rsvpUrl() {
        return "/api/events/" + night.id + "/rsvp";
    }
}
