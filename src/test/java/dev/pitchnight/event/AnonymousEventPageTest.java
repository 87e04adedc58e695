package dev.pitchnight.event;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.pitchnight.support.Keycloak;
import dev.pitchnight.support.TestData;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import dev.pitchnight.night.EventPage;

/** Visitors who are not signed in share one rendering of a night's page, at most a second old. */
@QuarkusTest
class AnonymousEventPageTest {

    @Inject
    TestData data;

    @Inject
    @CacheName("anonymous-event-pages")
    Cache pages;

    Event night;

    @BeforeEach
    void threeSeatNight() {
        data.clear();
        pages.invalidateAll().await().indefinitely();
        MeetupGroup group = data.group("svnewtech", "SV New Tech");
        data.member(group, "olivia", GroupMember.GroupRole.OWNER);
        night = data.night(group, "Cached Night", 3, 0);
    }

    @Test
    void anonymousVisitorsAreServedTheSharedRenderingButSignedInPeopleNever() {
        given().get("/events/" + night.id).then().statusCode(200).body(containsString("3 seats left"));
        EventPage.AnonymousKey english = new EventPage.AnonymousKey(night.id, "en");
        assertThat(pages.as(CaffeineCache.class).keySet()).containsExactly(english);

        // What the cache holds is what anonymous visitors get, without touching the database.
        pages.as(CaffeineCache.class).put(english, CompletableFuture.completedFuture("<p>the shared rendering</p>"));
        given().get("/events/" + night.id).then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("the shared rendering"));
        given().auth().oauth2(Keycloak.accessToken("alice")).get("/events/" + night.id).then().statusCode(200)
                .body(not(containsString("the shared rendering")))
                .body(containsString("3 seats left"));
    }

    @Test
    void eachLanguageHasItsOwnSharedRendering() {
        given().header("Accept-Language", "en-US,en;q=0.9").get("/events/" + night.id).then().statusCode(200)
                .body(containsString("3 seats left"));
        // Entries live a second: check each right after its request, so a slow machine cannot expire one first.
        assertThat(pages.as(CaffeineCache.class).keySet()).contains(new EventPage.AnonymousKey(night.id, "en"));
        given().header("Accept-Language", "de-DE,de;q=0.9,en;q=0.5").get("/events/" + night.id).then().statusCode(200)
                .body(containsString("Noch 3 Plätze frei"))
                .body(not(containsString("3 seats left")));
        given().cookie("pitchnight-lang", "de").get("/events/" + night.id).then().statusCode(200)
                .body(containsString("Noch 3 Plätze frei"));

        assertThat(pages.as(CaffeineCache.class).keySet())
                .contains(new EventPage.AnonymousKey(night.id, "de"))
                .allMatch(key -> ((EventPage.AnonymousKey) key).night() == night.id);
    }

    @Test
    void seatCountsAreNeverMoreThanASecondStale() throws InterruptedException {
        given().get("/events/" + night.id).then().body(containsString("3 seats left"));
        given().auth().oauth2(Keycloak.accessToken("alice")).contentType(ContentType.JSON).body("{}")
                .put("/api/events/" + night.id + "/rsvp").then().statusCode(200);
        long rsvped = System.nanoTime();

        String page;
        do {
            page = given().get("/events/" + night.id).then().statusCode(200).extract().asString();
            if (page.contains("2 seats left")) {
                break;
            }
            Thread.sleep(50);
        } while (System.nanoTime() - rsvped < 1_500_000_000L);
        assertThat(page).contains("2 seats left");
    }

    @Test
    void aDraftIsNotFoundAndNothingIsCachedForIt() {
        data.setStatus(night.id, Event.Status.DRAFT);
        given().get("/events/" + night.id).then().statusCode(404);
        assertThat(pages.as(CaffeineCache.class).keySet()).isEmpty();
    }
}
