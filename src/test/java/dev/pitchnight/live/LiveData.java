package dev.pitchnight.live;

import static io.restassured.RestAssured.given;

import dev.pitchnight.agenda.AgendaItem;
import dev.pitchnight.event.Event;
import dev.pitchnight.event.GroupMember;
import dev.pitchnight.event.MeetupGroup;
import dev.pitchnight.pitch.Pitch;
import dev.pitchnight.pitch.PitchData;
import dev.pitchnight.support.Keycloak;
import dev.pitchnight.support.TestData;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A live night for the tests: olivia organizes, two startups with slots, alice and bob hold seats. */
@ApplicationScoped
public class LiveData {

    @Inject
    TestData data;

    @Inject
    PitchData pitches;

    public record Night(long eventId, long acmeSlot, long boltSlot, long acmePitch, long boltPitch, long breakItem) {
    }

    public Night night() {
        data.clear();
        MeetupGroup group = data.group("svnewtech", "SV New Tech");
        data.member(group, "olivia", GroupMember.GroupRole.OWNER);
        Event night = data.night(group, "Palo Alto Pitch Night", 195, 1);
        Pitch acme = pitches.pitch(night.id, "sam", "Acme Robotics", Pitch.Status.ACCEPTED);
        Pitch bolt = pitches.pitch(night.id, "f2", "Bolt Energy", Pitch.Status.ACCEPTED);
        long acmeSlot = item(night.id, 1, AgendaItem.Kind.PITCH, 5, 3, acme.id);
        long breakItem = item(night.id, 2, AgendaItem.Kind.BREAK, 15, 0, null);
        long boltSlot = item(night.id, 3, AgendaItem.Kind.PITCH, 5, 3, bolt.id);
        for (String user : List.of("alice", "bob")) {
            as(user).body("{\"guests\":0}").put("/api/events/" + night.id + "/rsvp").then().statusCode(200);
        }
        return new Night(night.id, acmeSlot, boltSlot, acme.id, bolt.id, breakItem);
    }

    @Transactional
    long item(long eventId, int position, AgendaItem.Kind kind, int minutes, int qa, Long pitchId) {
        AgendaItem item = new AgendaItem();
        item.eventId = eventId;
        item.position = position;
        item.kind = kind;
        item.minutes = minutes;
        item.qaMinutes = qa;
        item.pitchId = pitchId;
        item.createdAt = Instant.now();
        item.persist();
        return item.id;
    }

    /** Moves the current phase's start (and a running pause) into the past, as if time had passed. */
    @Transactional
    public void shift(long eventId, Duration back) {
        LiveNight night = LiveNight.findById(eventId);
        night.phaseStartedAt = night.phaseStartedAt.minus(back);
        if (night.pausedAt != null) {
            night.pausedAt = night.pausedAt.minus(back);
        }
    }

    @Transactional
    public LiveNight live(long eventId) {
        return LiveNight.findById(eventId);
    }

    @Transactional
    public List<LiveChange> changes(long eventId) {
        return LiveChange.list("eventId = ?1 order by id", eventId);
    }

    /** A change written as another app instance would: its own transaction, nothing of this JVM's services. */
    @Transactional
    public long foreignChange(long eventId, String kind, String payload) {
        LiveChange change = new LiveChange();
        change.eventId = eventId;
        change.kind = kind;
        change.payload = payload;
        change.createdAt = Instant.now();
        change.persist();
        LiveChange.flush();
        return change.id;
    }

    @Transactional
    public void draft(long eventId) {
        Event.<Event>findById(eventId).status = Event.Status.DRAFT;
    }

    public static RequestSpecification as(String user) {
        return given().auth().oauth2(Keycloak.accessToken(user)).contentType(ContentType.JSON);
    }
}
