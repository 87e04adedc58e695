package dev.pitchnight.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import dev.pitchnight.event.Event;
import dev.pitchnight.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/** bin/start's night comes with four accepted startups in a run of show that fits the night. */
@QuarkusTest
class DemoNightTest {

    @Inject
    TestData data;

    @Inject
    DemoNight demo;

    @Transactional
    long demoNightId() {
        return Event.<Event>find("slug", "palo-alto-pitch-night").singleResult().id;
    }

    @Test
    void theDemoNightHasFourStartupsInItsAgenda() {
        data.clear();
        demo.seedOnce();
        long id = demoNightId();
        given().get("/api/events/" + id + "/slots").then().statusCode(200)
                .body("kind", contains("DOORS", "INTRO", "PITCH", "PITCH", "PITCH", "PITCH", "BREAK", "NETWORKING"))
                .body("[2].company", equalTo("Acme Robotics"))
                .body("[2].startsAt", Matchers.containsString("T19:10:00"))
                .body("[7].endsAt", Matchers.containsString("T21:27:00"));
        data.clear();
    }
}
