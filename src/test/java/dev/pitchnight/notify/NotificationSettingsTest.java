package dev.pitchnight.notify;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.pitchnight.support.Forms;
import dev.pitchnight.support.Keycloak;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /account/notifications} and {@code /api/me/notifications}: each person chooses which optional mails they get. */
@QuarkusTest
class NotificationSettingsTest {

    @Inject
    NotificationPreferences preferences;

    @BeforeEach
    void nobodyChoseYet() {
        QuarkusTransaction.requiringNew().run(() -> NotificationPreference.deleteAll());
    }

    @Test
    void everyKindIsOnUntilThePersonChooses() {
        String page = given().auth().oauth2(Keycloak.accessToken("alice")).get("/account/notifications")
                .then().statusCode(200).extract().asString();
        assertThat(page).contains("Mail settings", "New nights of my groups", "Reminders", "Messages from organizers");
        assertThat(page.split(" checked", -1)).as("three boxes ticked").hasSize(4);
        assertThat(given().auth().oauth2(Keycloak.accessToken("alice")).get("/account").asString())
                .contains("href=\"/account/notifications\"");
    }

    @Test
    void theFormSavesWhatIsTickedAndTurnsOffWhatIsNot() {
        Response saved = Forms.post("alice", "/account/notifications", "/account/notifications", Map.of("reminders", "on"));
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.header("Location")).endsWith("/account/notifications?saved=1");
        assertThat(preferences.of("alice")).isEqualTo(new NotificationPreferences.Choices(false, true, false));
        assertThat(preferences.of("bob")).isEqualTo(NotificationPreferences.Choices.ALL);

        String page = given().auth().oauth2(Keycloak.accessToken("alice")).get("/account/notifications?saved=1")
                .then().statusCode(200).extract().asString();
        assertThat(page).contains("Saved.");
        assertThat(page.split(" checked", -1)).as("one box ticked").hasSize(2);
    }

    @Test
    void theApiReadsAndChangesOnlyTheFieldsGiven() {
        given().auth().oauth2(Keycloak.accessToken("bob")).get("/api/me/notifications").then().statusCode(200)
                .body("newNights", equalTo(true)).body("reminders", equalTo(true)).body("organizerMessages", equalTo(true));
        given().auth().oauth2(Keycloak.accessToken("bob")).contentType(ContentType.JSON).body("{\"reminders\":false}")
                .patch("/api/me/notifications").then().statusCode(200)
                .body("newNights", equalTo(true)).body("reminders", equalTo(false));
        assertThat(preferences.of("bob")).isEqualTo(new NotificationPreferences.Choices(true, false, true));

        given().auth().oauth2(Keycloak.accessToken("bob")).contentType(ContentType.JSON).body("{\"reminders\":\"maybe\"}")
                .patch("/api/me/notifications").then().statusCode(400);
        assertThat(preferences.of("bob")).isEqualTo(new NotificationPreferences.Choices(true, false, true));
        given().contentType(ContentType.JSON).body("{\"reminders\":false}").patch("/api/me/notifications").then().statusCode(401);
    }

    @Test
    void theSettingsAreInGermanToo() {
        String page = given().auth().oauth2(Keycloak.accessToken("alice")).header("Accept-Language", "de")
                .get("/account/notifications").then().statusCode(200).extract().asString();
        assertThat(page).contains("Mail-Einstellungen", "Neue Abende meiner Gruppen", "Nachrichten der Organisatoren");
    }
}
