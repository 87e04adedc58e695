package dev.pitchnight.checkin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import dev.pitchnight.event.Event;
import dev.pitchnight.event.GroupMember;
import dev.pitchnight.event.MeetupGroup;
import dev.pitchnight.rsvp.Rsvp;
import dev.pitchnight.support.Forms;
import dev.pitchnight.support.Keycloak;
import dev.pitchnight.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AttendanceTest {

    @Inject
    TestData data;

    @Inject
    DoorData door;

    @Inject
    AttendanceService attendance;

    MeetupGroup group;
    Event first;
    Event second;

    /** Two past nights: sam came to both, alice to the first only, bob to neither; zoe cancelled. */
    @BeforeEach
    void twoPastNights() {
        data.clear();
        group = data.group("svnewtech", "SV New Tech");
        data.member(group, "olivia", GroupMember.GroupRole.OWNER);
        first = data.event(group, "First Night", Event.Status.PUBLISHED, Duration.ofDays(-20));
        second = data.event(group, "Second Night", Event.Status.COMPLETED, Duration.ofDays(-10));
        data.event(group, "Next Night", Event.Status.PUBLISHED, Duration.ofDays(10));
        for (Event night : new Event[] {first, second}) {
            Rsvp sam = door.seat(night.id, "sam", 0);
            door.came(sam);
            Rsvp alice = door.seat(night.id, "alice", 1);
            if (night == first) {
                door.came(alice);
            }
            door.seat(night.id, "bob", 0);
            door.cancelled(night.id, "zoe");
        }
    }

    static RequestSpecification as(String user) {
        return given().auth().oauth2(Keycloak.accessToken(user));
    }

    @Test
    void aNightShowsWhoCameAndItsNoShowRate() {
        as("olivia").get("/events/" + second.id + "/attendance").then().statusCode(200)
                .body(containsString("1 of 3 came · 2 no-shows"))
                .body(containsString("No-show rate: 67 %"))
                .body(not(containsString("zoe")));
        as("alice").get("/events/" + second.id + "/attendance").then().statusCode(403);
    }

    @Test
    void perPersonNoShowsAcrossTheGroupAreForOrganizersOnly() {
        as("olivia").get("/groups/svnewtech/attendance").then().statusCode(200)
                .body(matchesPattern("(?s).*<td>[^<]*<span class=\"muted\">\\(bob\\)</span></td><td>0 / 2</td><td>2 \\(100 %\\)</td><td>2</td>.*"))
                .body(matchesPattern("(?s).*<td>[^<]*<span class=\"muted\">\\(alice\\)</span></td><td>1 / 2</td><td>1 \\(50 %\\)</td><td>1</td>.*"))
                .body(matchesPattern("(?s).*<td>[^<]*<span class=\"muted\">\\(sam\\)</span></td><td>2 / 2</td><td>0 \\(0 %\\)</td><td>0</td>.*"))
                .body(containsString("The rule is off."))
                .body(not(containsString("zoe")))
                .body(not(containsString("<span class=\"chip\">waitlist first</span>")));
        as("bob").get("/groups/svnewtech/attendance").then().statusCode(403).body(not(containsString("alice")));
    }

    @Test
    void onlyOrganizersChangeTheRule() {
        // bob takes a CSRF token from a page he may see, and posts the rule form anyway.
        Forms.post("bob", "/groups/svnewtech", "/groups/svnewtech/attendance/rule", Map.of("noShowLimit", "1"))
                .then().statusCode(403);
        assertThat(door.rule(group.id)).isNull();
    }

    @Test
    void theNoShowRuleIsOffByDefaultAndMarksOnlyThoseOverTheLimit() {
        assertThat(door.rule(group.id)).isNull();
        assertThat(attendance.waitlistFirst(group.id, "bob")).isFalse();

        String page = "/groups/svnewtech/attendance";
        Forms.post("olivia", page, page + "/rule", Map.of("noShowLimit", "2")).then().statusCode(303);
        assertThat(door.rule(group.id).noShowLimit).isEqualTo(2);
        assertThat(attendance.waitlistFirst(group.id, "bob")).isTrue();
        assertThat(attendance.waitlistFirst(group.id, "alice")).isFalse(); // one no-show in a row
        assertThat(attendance.waitlistFirst(group.id, "zoe")).isFalse(); // cancelling is not a no-show
        as("olivia").get(page).then().body(containsString("The rule is on: 2 no-shows in a row."))
                .body(matchesPattern("(?s).*<td>[^<]*<span class=\"muted\">\\(bob\\)</span> <span class=\"chip\">waitlist first</span></td>.*"))
                .body(not(containsString("(alice)</span> <span class=\"chip\">")));

        Forms.post("olivia", page, page + "/rule", Map.of("noShowLimit", "0")).then().statusCode(400);
        Forms.post("olivia", page, page + "/rule", Map.of("noShowLimit", "many")).then().statusCode(400);
        assertThat(door.rule(group.id).noShowLimit).isEqualTo(2);

        Forms.post("olivia", page, page + "/rule", Map.of("noShowLimit", "")).then().statusCode(303);
        assertThat(door.rule(group.id).noShowLimit).isNull();
        assertThat(attendance.waitlistFirst(group.id, "bob")).isFalse();
    }
}
