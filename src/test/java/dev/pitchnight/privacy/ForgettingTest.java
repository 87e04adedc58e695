package dev.pitchnight.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pitchnight.event.Event;
import dev.pitchnight.event.GroupMember;
import dev.pitchnight.event.MeetupGroup;
import dev.pitchnight.support.Keycloak;
import dev.pitchnight.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Nights past the retention period lose their people's names and addresses; counts stay; once, whoever runs it. */
@QuarkusTest
class ForgettingTest {

    @Inject
    TestData data;

    @Inject
    PrivacyRows rows;

    @Inject
    Forgetting forgetting;

    @Inject
    PrivacyConfig config;

    MeetupGroup group;

    @BeforeEach
    void group() {
        data.clear();
        group = data.group("svnewtech", "SV New Tech");
        data.member(group, "olivia", GroupMember.GroupRole.OWNER);
    }

    Event nightWithPeople(String title, Duration endedAgo) {
        Event night = data.night(group, title, 50, 1);
        for (String user : List.of("alice", "bob", "sam")) {
            given().auth().oauth2(Keycloak.accessToken(user)).contentType(ContentType.JSON).body("{\"guests\":1}")
                    .put("/api/events/" + night.id + "/rsvp").then().statusCode(200);
        }
        rows.endedAgo(night.id, endedAgo);
        rows.checkIn(night.id, "alice");
        rows.checkIn(night.id, "bob");
        rows.card(night.id, "alice", "Alice A.", "alice@cards.example");
        rows.card(night.id, "bob", "Bob B.", "bob@cards.example");
        rows.connection(night.id, "alice", "bob");
        return night;
    }

    @Test
    void nightsPastTheRetentionPeriodKeepTheirCountsButNoNamesOrAddresses() {
        assertThat(config.retentionDays()).isEqualTo(365);
        Event old = nightWithPeople("Old Night", Duration.ofDays(366));
        Event recent = nightWithPeople("Recent Night", Duration.ofDays(364));
        String attendanceBefore = given().auth().oauth2(Keycloak.accessToken("olivia")).get("/events/" + old.id + "/attendance")
                .then().statusCode(200).extract().asString();
        assertThat(attendanceBefore).contains("alice");

        // Two instances at once: one forgets the night, the other finds it taken.
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(forgetting::forgetDue);
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(forgetting::forgetDue);
        assertThat(first.join() + second.join()).isEqualTo(1);
        assertThat(forgetting.forgetDue()).isZero();

        long oldId = old.id;
        assertThat(rows.count("SELECT COUNT(*) FROM rsvps WHERE event_id = ?1", oldId)).isEqualTo(3);
        assertThat(rows.count("SELECT COALESCE(SUM(seats), 0) FROM rsvps WHERE event_id = ?1 AND status = 'CONFIRMED'", oldId)).isEqualTo(6);
        assertThat(rows.count("SELECT COUNT(*) FROM rsvps WHERE event_id = ?1 AND (username NOT LIKE 'former-%' OR email IS NOT NULL)", oldId)).isZero();
        assertThat(rows.count("SELECT COUNT(DISTINCT username) FROM rsvps WHERE event_id = ?1", oldId)).isEqualTo(3);
        assertThat(rows.count("SELECT COUNT(*) FROM checkins WHERE event_id = ?1", oldId)).isEqualTo(2);
        // A check-in still belongs to the same (pseudonymous) person as its RSVP: attendance per person stays right.
        assertThat(rows.count("SELECT COUNT(*) FROM checkins c JOIN rsvps r ON r.id = c.rsvp_id WHERE c.event_id = ?1 AND c.username = r.username", oldId)).isEqualTo(2);
        assertThat(rows.count("SELECT COUNT(*) FROM network_cards WHERE event_id = ?1 AND (email IS NOT NULL OR link IS NOT NULL OR name <> 'A former member' OR username NOT LIKE 'former-%')", oldId)).isZero();
        assertThat(rows.count("SELECT COUNT(*) FROM network_connections WHERE event_id = ?1 AND first_user LIKE 'former-%' AND second_user LIKE 'former-%'", oldId)).isEqualTo(1);
        String attendance = given().auth().oauth2(Keycloak.accessToken("olivia")).get("/events/" + oldId + "/attendance")
                .then().statusCode(200).extract().asString();
        assertThat(attendance).doesNotContain("alice").doesNotContain("Alice").contains("A former member");

        // The recent night is untouched.
        assertThat(rows.count("SELECT COUNT(*) FROM rsvps WHERE event_id = ?1 AND username IN ('alice', 'bob', 'sam')", recent.id)).isEqualTo(3);
        assertThat(rows.count("SELECT COUNT(*) FROM network_cards WHERE event_id = ?1 AND email IS NOT NULL", recent.id)).isEqualTo(2);
    }
}
