package dev.pitchnight.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import dev.pitchnight.support.TestData;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GroupPageTest {

    @TestHTTPResource("/events/")
    String eventsUrl;

    @Inject
    TestData data;

    MeetupGroup group;

    @BeforeEach
    void group() {
        data.clear();
        group = data.group("svnewtech", "SV New Tech");
        data.member(group, "olivia", GroupMember.GroupRole.OWNER);
    }

    @Test
    void groupPageListsUpcomingAndPastNightsButNoDrafts() {
        data.event(group, "Next Night", Event.Status.PUBLISHED, Duration.ofDays(7));
        data.event(group, "Old Night", Event.Status.PUBLISHED, Duration.ofDays(-30));
        data.event(group, "Draft Night", Event.Status.DRAFT, Duration.ofDays(9));

        given().get("/groups/svnewtech")
                .then().statusCode(200)
                .body(containsString("<h1>SV New Tech</h1>"))
                .body(containsString("1 member"))
                .body(containsString("Next Night"))
                .body(containsString("Past nights"))
                .body(containsString("Old Night"))
                .body(not(containsString("Draft Night")))
                .body(containsString("href=\"/groups/svnewtech/calendar.ics\""));
        given().get("/groups/nope").then().statusCode(404).body(containsString("There is no group nope."));
    }

    @Test
    void calendarFeedCarriesEveryPublicNightWithItsTimeZone() {
        Event next = data.event(group, "Next Night", Event.Status.PUBLISHED, Duration.ofDays(7));
        data.event(group, "Draft Night", Event.Status.DRAFT, Duration.ofDays(9));

        given().get("/groups/svnewtech/calendar.ics")
                .then().statusCode(200)
                .contentType(startsWith("text/calendar"))
                .body(containsString("BEGIN:VCALENDAR"))
                .body(containsString("X-WR-CALNAME:SV New Tech"))
                .body(containsString("BEGIN:VTIMEZONE\r\nTZID:America/Los_Angeles"))
                .body(containsString("SUMMARY:Next Night"))
                .body(containsString("UID:event-" + next.id + "@localhost"))
                .body(not(containsString("Draft Night")));
    }

    @Test
    void oneNightDownloadsAsAnIcsFile() {
        Event next = data.event(group, "Next Night", Event.Status.PUBLISHED, Duration.ofDays(7));
        given().get("/events/" + next.id + "/calendar.ics")
                .then().statusCode(200)
                .contentType(startsWith("text/calendar"))
                .header("Content-Disposition", containsString("next-night.ics"))
                .body(containsString("DTSTART;TZID=America/Los_Angeles:"))
                .body(containsString("URL:" + eventsUrl + next.id));
    }
}
