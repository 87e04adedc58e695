package dev.pitchnight.event;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.pitchnight.support.Forms;
import dev.pitchnight.support.Keycloak;
import dev.pitchnight.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pages of self-service groups: the directory, the group form, drafts, members, the admin page. */
@QuarkusTest
class GroupPagesTest {

    @Inject
    TestData data;

    MeetupGroup group;

    @BeforeEach
    void groupOwnedByOlivia() {
        data.clear();
        group = data.group("svnewtech", "SV New Tech");
        data.member(group, "olivia", GroupMember.GroupRole.OWNER);
    }

    @Test
    void theFormStartsAGroupAndComesBackWithMessagesWhenWrong() {
        Response started = Forms.post("alice", "/groups/new", "/groups",
                Map.of("name", "Zürich Founders", "slug", "", "city", "Zürich", "timeZone", "Europe/Zurich"));
        assertThat(started.statusCode()).isEqualTo(303);
        assertThat(started.header("Location")).endsWith("/groups/zurich-founders"); // suggested from the name
        given().get("/groups/zurich-founders").then().statusCode(200).body(containsString("Zürich Founders"));

        Map<String, Long> before = data.rowCounts();
        Response taken = Forms.post("bob", "/groups/new", "/groups",
                Map.of("name", "Other", "slug", "zurich-founders", "timeZone", "UTC"));
        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(taken.body().asString()).contains("belongs to another group").contains("value=\"Other\"");
        Response bad = Forms.post("bob", "/groups/new", "/groups", Map.of("name", "", "slug", "Bad Slug!", "timeZone", "UTC"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body().asString()).contains("id=\"name-error\"").contains("id=\"slug-error\"");
        assertThat(data.rowCounts()).isEqualTo(before);
    }

    @Test
    void theDirectoryAndTheHomePageSearchAndLeaveOutPastCancelledAndSuspended() {
        MeetupGroup zurich = data.group("zurich", "Zürich Pitches");
        Event lake = data.event(zurich, "Lake Night", Event.Status.PUBLISHED, Duration.ofDays(3));
        data.event(group, "Palo Alto Night", Event.Status.PUBLISHED, Duration.ofDays(5));
        data.event(group, "Old Night", Event.Status.PUBLISHED, Duration.ofDays(-5));
        data.event(group, "Called Off Night", Event.Status.CANCELLED, Duration.ofDays(6));
        given().queryParam("q", "zurich").get("/groups").then().statusCode(200)
                .body(containsString("Zürich Pitches")).body(not(containsString("SV New Tech")))
                // the next night's date as people read it ("Monday, January 4, 2027"), not ISO
                .body(containsString(lake.localStart().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(Locale.ENGLISH))));
        given().get("/").then().body(containsString("Lake Night")).body(containsString("Palo Alto Night"))
                .body(not(containsString("Old Night"))).body(not(containsString("Called Off Night")));
        given().queryParam("q", "PALO").get("/").then().body(containsString("Palo Alto Night")).body(not(containsString("Lake Night")));
        given().queryParam("q", "nothing like it").get("/").then().body(containsString("No upcoming night matches"));
        given().get("/groups/svnewtech").then().body(containsString("Old Night")); // past nights on the group's page

        Forms.post("admin", "/admin", "/admin/groups/zurich/suspend", Map.of()).then().statusCode(303);
        given().get("/").then().body(not(containsString("Lake Night")));
        given().get("/groups").then().body(not(containsString("Zürich Pitches")));
        given().get("/groups/zurich").then().statusCode(200).body(containsString("suspended by the administrators"));
        given().auth().oauth2(Keycloak.accessToken("admin")).get("/admin").then().statusCode(200)
                .body(containsString("Zürich Pitches")).body(containsString("Restore Zürich Pitches"));
        Forms.post("admin", "/admin", "/admin/groups/zurich/restore", Map.of()).then().statusCode(303);
        given().get("/").then().body(containsString("Lake Night"));
        given().auth().oauth2(Keycloak.accessToken("olivia")).get("/admin").then().statusCode(403);
    }

    @Test
    void organizersSeeAndDeleteDraftsOthersDoNotSeeThem() {
        Event draft = data.event(group, "Secret Draft", Event.Status.DRAFT, Duration.ofDays(9));
        given().auth().oauth2(Keycloak.accessToken("olivia")).get("/groups/svnewtech").then()
                .body(containsString("Secret Draft")).body(containsString("Drafts"));
        given().auth().oauth2(Keycloak.accessToken("alice")).get("/groups/svnewtech").then().body(not(containsString("Secret Draft")));
        given().get("/groups/svnewtech").then().body(not(containsString("Secret Draft")));
        Forms.post("olivia", "/groups/svnewtech", "/groups/svnewtech/drafts/" + draft.id + "/delete", Map.of())
                .then().statusCode(303);
        assertThat(data.eventCount()).isZero();
    }

    @Test
    void membersSeeEachOtherOnlyWhenTheOwnerAllowsIt() {
        data.member(group, "alice", GroupMember.GroupRole.MEMBER);
        String bobsName = given().auth().oauth2(Keycloak.accessToken("bob")).get("/api/me").then().extract().path("name");
        data.member(group, "bob", GroupMember.GroupRole.MEMBER);
        given().auth().oauth2(Keycloak.accessToken("alice")).get("/groups/svnewtech").then().body(not(containsString(bobsName)));

        given().auth().oauth2(Keycloak.accessToken("olivia")).contentType("application/json").body(Map.of("membersVisible", true))
                .patch("/api/groups/svnewtech").then().statusCode(200);
        given().auth().oauth2(Keycloak.accessToken("alice")).get("/groups/svnewtech").then().body(containsString(bobsName));
        given().get("/groups/svnewtech").then().body(not(containsString(bobsName))); // not to visitors
        given().auth().oauth2(Keycloak.accessToken("sam")).get("/groups/svnewtech").then().body(not(containsString(bobsName)));
    }
}
