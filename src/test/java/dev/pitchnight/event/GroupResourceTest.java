package dev.pitchnight.event;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.pitchnight.support.Keycloak;
import dev.pitchnight.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The groups' API contract: starting, reading, changing, finding and suspending a group; deleting drafts. */
@QuarkusTest
class GroupResourceTest {

    static final String BERLIN = """
            {"slug":"berlin-founders","name":"Berlin Founders","description":"Pitches **every** month.",
             "city":"Berlin","timeZone":"Europe/Berlin","website":"https://berlin-founders.example"}""";

    @Inject
    TestData data;

    @BeforeEach
    void empty() {
        data.clear();
    }

    static RequestSpecification as(String user) {
        return given().auth().oauth2(Keycloak.accessToken(user)).contentType(ContentType.JSON);
    }

    @Test
    void anyoneSignedInStartsAGroupAndOwnsIt() {
        as("alice").body(BERLIN).post("/api/groups").then().statusCode(201)
                .header("Location", endsWith("/api/groups/berlin-founders"))
                .body("slug", equalTo("berlin-founders"))
                .body("name", equalTo("Berlin Founders"))
                .body("city", equalTo("Berlin"))
                .body("timeZone", equalTo("Europe/Berlin"))
                .body("website", equalTo("https://berlin-founders.example"))
                .body("memberCount", equalTo(1))
                .body("organizers[0].username", equalTo("alice"))
                .body("organizers[0].name", equalTo(aliceName()))
                .body("organizers[0].role", equalTo("OWNER"));
        given().get("/api/groups/berlin-founders").then().statusCode(200).body("description", equalTo("Pitches **every** month."));
        // She may announce a night in it right away; its time zone is the group's.
        as("alice").body("""
                {"title":"First Night","startsAt":"2027-03-04T19:00:00","endsAt":"2027-03-04T22:00:00","capacity":50}""")
                .post("/api/groups/berlin-founders/events").then().statusCode(201)
                .body("timeZone", equalTo("Europe/Berlin"));
    }

    private static String aliceName() {
        return as("alice").get("/api/me").then().statusCode(200).extract().path("name");
    }

    @Test
    void badSlugsNamesAndZonesAreRefusedAndNothingIsWritten() {
        as("olivia").body(BERLIN).post("/api/groups").then().statusCode(201);
        Map<String, Long> before = data.rowCounts();
        for (String slug : List.of("Berlin", "-berlin", "berlin-", "ab", "a".repeat(41), "berlin founders", "new", "admin", "bärlin")) {
            Response answer = as("alice").body(Map.of("slug", slug, "name", "X", "timeZone", "UTC")).post("/api/groups");
            assertThat(answer.statusCode()).as(slug).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.jsonPath().getString("errors.slug")).as(slug).isNotBlank();
        }
        // Taken, also in another case than it was written in: 409.
        as("alice").body(BERLIN).post("/api/groups").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("berlin-founders"));
        as("alice").body(Map.of("slug", "valid-slug", "name", "  ", "timeZone", "UTC")).post("/api/groups")
                .then().statusCode(400).body("errors.name", equalTo("is required"));
        as("alice").body(Map.of("slug", "valid-slug", "timeZone", "UTC")).post("/api/groups")
                .then().statusCode(400).body("errors.name", equalTo("is required"));
        as("alice").body(Map.of("slug", "valid-slug", "name", "Valid", "timeZone", "Mars/Olympus_Mons")).post("/api/groups")
                .then().statusCode(400).body("errors.timeZone", not(equalTo(null)));
        as("alice").body(Map.of("slug", "valid-slug", "name", "Valid", "timeZone", "UTC", "website", "javascript:alert(1)"))
                .post("/api/groups").then().statusCode(400).body("errors.website", not(equalTo(null)));
        given().contentType(ContentType.JSON).body(BERLIN.replace("berlin-founders", "anon-group")).post("/api/groups")
                .then().statusCode(401);
        assertThat(data.rowCounts()).isEqualTo(before);
    }

    @Test
    void organizersChangeTheGroupOthersMayNotAndTheSlugStays() {
        as("olivia").body(BERLIN).post("/api/groups").then().statusCode(201);
        as("olivia").body(Map.of("city", "Potsdam")).patch("/api/groups/berlin-founders").then().statusCode(200)
                .body("city", equalTo("Potsdam")).body("name", equalTo("Berlin Founders"));
        as("olivia").put("/api/groups/berlin-founders/organizers/bob").then().statusCode(204);
        as("bob").body(Map.of("name", "Berlin & Potsdam Founders")).patch("/api/groups/berlin-founders").then().statusCode(200)
                .body("name", equalTo("Berlin & Potsdam Founders"));

        Map<String, Long> before = data.rowCounts();
        as("alice").body(Map.of("city", "Hamburg")).patch("/api/groups/berlin-founders").then().statusCode(403);
        as("olivia").body(Map.of("slug", "hamburg")).patch("/api/groups/berlin-founders").then().statusCode(400);
        as("olivia").body(Map.of("suspended", true)).patch("/api/groups/berlin-founders").then().statusCode(403);
        as("olivia").body(Map.of("timeZone", "Nowhere/City")).patch("/api/groups/berlin-founders").then().statusCode(400);
        as("olivia").body(Map.of("city", "Hamburg")).patch("/api/groups/nope").then().statusCode(404);
        assertThat(data.rowCounts()).isEqualTo(before);
        given().get("/api/groups/berlin-founders").then().body("city", equalTo("Potsdam"));
    }

    @Test
    void theDirectoryFindsGroupsRegardlessOfCaseAndAccentsAPageAtATime() {
        for (int i = 1; i <= 25; i++) {
            as("olivia").body(Map.of("slug", String.format("group-%02d", i), "name", String.format("Group %02d", i),
                    "city", i == 7 ? "Zürich" : "Springfield", "timeZone", "UTC")).post("/api/groups").then().statusCode(201);
        }
        given().queryParam("q", "ZURICH").get("/api/groups").then().statusCode(200)
                .header("X-Total-Count", "1").body("slug", equalTo(List.of("group-07")));
        given().queryParam("city", "Zürich").get("/api/groups").then().header("X-Total-Count", "1");

        Response first = given().get("/api/groups");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.header("X-Total-Count")).isEqualTo("25");
        assertThat(first.jsonPath().getList("slug")).hasSize(20).first().isEqualTo("group-01");
        assertThat(first.header("Link")).contains("page=2").contains("rel=\"next\"").doesNotContain("rel=\"prev\"");
        Response second = given().queryParam("page", 2).get("/api/groups");
        assertThat(second.jsonPath().getList("slug")).containsExactly("group-21", "group-22", "group-23", "group-24", "group-25");
        assertThat(second.header("Link")).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
        given().queryParam("size", 5).queryParam("page", 3).get("/api/groups").then()
                .body("slug", equalTo(List.of("group-11", "group-12", "group-13", "group-14", "group-15")));

        given().queryParam("size", 101).get("/api/groups").then().statusCode(400).contentType("application/problem+json");
        given().queryParam("size", 0).get("/api/groups").then().statusCode(400);
        given().queryParam("page", 0).get("/api/groups").then().statusCode(400);
        given().queryParam("page", "two").get("/api/groups").then().statusCode(400);
    }

    @Test
    void eventsAreFoundByTitleGroupAndCityUpcomingOrPast() {
        MeetupGroup zurich = data.group("zurich-pitches", "Zürich Pitches");
        data.member(zurich, "olivia", GroupMember.GroupRole.OWNER);
        MeetupGroup other = data.group("other", "Other Club");
        data.event(zurich, "Spring Pitch Night", Event.Status.PUBLISHED, Duration.ofDays(10));
        data.event(zurich, "Summer Pitch Night", Event.Status.PUBLISHED, Duration.ofDays(40));
        data.event(zurich, "Winter Night (past)", Event.Status.PUBLISHED, Duration.ofDays(-30));
        data.event(zurich, "Cancelled Night", Event.Status.CANCELLED, Duration.ofDays(20));
        data.event(zurich, "Draft Night", Event.Status.DRAFT, Duration.ofDays(20));
        data.event(other, "Other Demo Day", Event.Status.PUBLISHED, Duration.ofDays(5));

        given().get("/api/events").then().statusCode(200).header("X-Total-Count", "3")
                .body("title", equalTo(List.of("Other Demo Day", "Spring Pitch Night", "Summer Pitch Night")));
        given().queryParam("q", "zurich").get("/api/events").then()
                .body("title", equalTo(List.of("Spring Pitch Night", "Summer Pitch Night")));
        given().queryParam("q", "SPRING").get("/api/events").then().body("title", equalTo(List.of("Spring Pitch Night")));
        given().queryParam("group", "other").get("/api/events").then().body("title", equalTo(List.of("Other Demo Day")));
        given().queryParam("when", "past").get("/api/events").then().body("title", equalTo(List.of("Winter Night (past)")));
        given().queryParam("when", "later").get("/api/events").then().statusCode(400);
        Response paged = given().queryParam("size", 1).queryParam("page", 2).get("/api/events");
        assertThat(paged.jsonPath().getList("title")).containsExactly("Spring Pitch Night");
        assertThat(paged.header("Link")).contains("rel=\"next\"").contains("rel=\"prev\"").contains("page=3").contains("page=1");
        given().queryParam("size", 500).get("/api/events").then().statusCode(400);
    }

    @Test
    void aDraftIsDeletedAPublishedNightIsNot() {
        MeetupGroup group = data.group("svnewtech", "SV New Tech");
        data.member(group, "olivia", GroupMember.GroupRole.OWNER);
        Event draft = data.event(group, "Draft Night", Event.Status.DRAFT, Duration.ofDays(20));
        Event published = data.event(group, "Published Night", Event.Status.PUBLISHED, Duration.ofDays(20));

        as("alice").delete("/api/events/" + draft.id).then().statusCode(404); // a draft of someone else's group is unknown
        as("olivia").delete("/api/events/" + published.id).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("cancel it instead"));
        as("alice").delete("/api/events/" + published.id).then().statusCode(403);
        assertThat(data.eventCount()).isEqualTo(2);

        as("olivia").delete("/api/events/" + draft.id).then().statusCode(204);
        assertThat(data.eventCount()).isEqualTo(1);
        as("olivia").delete("/api/events/" + draft.id).then().statusCode(404);

        // Cancelled: still visible, as cancelled.
        as("olivia").body(Map.of("status", "CANCELLED")).patch("/api/events/" + published.id).then().statusCode(200);
        as("olivia").delete("/api/events/" + published.id).then().statusCode(409);
        given().get("/api/events/" + published.id).then().statusCode(200).body("status", equalTo("CANCELLED"));
        given().get("/api/events").then().body("title", not(hasItem("Published Night")));
    }

    @Test
    void aSuspendedGroupsNightsLeaveTheListingsAndTakeNoRsvpsOrPitches() {
        MeetupGroup group = data.group("svnewtech", "SV New Tech");
        data.member(group, "olivia", GroupMember.GroupRole.OWNER);
        Event night = data.night(group, "Palo Alto Pitch Night", 10, 0);
        as("alice").body("{}").put("/api/events/" + night.id + "/rsvp").then().statusCode(200);

        as("olivia").body(Map.of("suspended", true)).patch("/api/groups/svnewtech").then().statusCode(403);
        as("admin").body(Map.of("suspended", true)).patch("/api/groups/svnewtech").then().statusCode(200)
                .body("suspended", equalTo(true));

        given().get("/api/events").then().body("title", not(hasItem("Palo Alto Pitch Night")));
        given().get("/api/groups").then().body("slug", not(hasItem("svnewtech")));
        Map<String, Long> before = data.rowCounts();
        as("bob").body("{}").put("/api/events/" + night.id + "/rsvp").then().statusCode(409)
                .body("title", equalTo("Group suspended")).body("detail", containsString("SV New Tech is suspended"));
        assertThat(data.rowCounts()).isEqualTo(before);
        assertThat(data.rsvps(night.id)).extracting(rsvp -> rsvp.username).containsExactly("alice"); // kept

        as("admin").body(Map.of("suspended", false)).patch("/api/groups/svnewtech").then().statusCode(200)
                .body("suspended", equalTo(false));
        given().get("/api/events").then().body("title", hasItem("Palo Alto Pitch Night"));
        as("bob").body("{}").put("/api/events/" + night.id + "/rsvp").then().statusCode(200);
    }
}
