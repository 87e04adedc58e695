package dev.pitchnight.support;

import dev.pitchnight.agenda.AgendaItem;
import dev.pitchnight.event.Event;
import dev.pitchnight.event.GroupMember;
import dev.pitchnight.event.MeetupGroup;
import dev.pitchnight.network.NetworkCard;
import dev.pitchnight.network.NetworkConnection;
import dev.pitchnight.notify.MailTopic;
import dev.pitchnight.notify.UnsubscribeLinks;
import dev.pitchnight.pitch.Pitch;
import dev.pitchnight.pitch.PitchData;
import dev.pitchnight.pitch.PitchDeck;
import dev.pitchnight.qa.Question;
import dev.pitchnight.rsvp.RsvpDesk;
import dev.pitchnight.rsvp.TicketTokens;
import io.restassured.RestAssured;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rows of the later features that the authorization matrix seeds directly. */
@ApplicationScoped
public class MatrixData {

    @Inject
    UnsubscribeLinks unsubscribeLinks;

    @Inject
    TicketTokens tokens;

    @Inject
    TestData data;

    @Inject
    RsvpDesk desk;

    @Inject
    PitchData pitches;

    /**
     * A fresh world for tests that go over every route: group svnewtech (owner olivia, bob
     * co-organizer) with a night everybody RSVPed to, an open call, sam's accepted pitch with a
     * deck in a slot, bob invited to review, alice's and bob's cards and their connection; oscar
     * owns another group. Answers the values of the routes' {placeholders}.
     */
    public Map<String, String> night() {
        data.clear();
        MeetupGroup group = data.group("svnewtech", "SV New Tech");
        data.member(group, "olivia", GroupMember.GroupRole.OWNER);
        data.member(group, "bob", GroupMember.GroupRole.CO_ORGANIZER);
        MeetupGroup other = data.group("other-night-club", "Other Night Club");
        data.member(other, "oscar", GroupMember.GroupRole.OWNER);
        Event night = data.night(group, "Matrix Night", 10, 1);
        for (String person : List.of("alice", "sam", "oscar", "olivia", "admin", "bob")) {
            desk.join(night.id, person, person + "@pitchnight.test", 0).toCompletableFuture().join();
        }
        pitches.call(night.id, Duration.ofDays(7), false);
        long pitch = pitches.pitch(night.id, "sam", "Acme Robotics", Pitch.Status.ACCEPTED).id;
        pitches.reviewer(night.id, "bob");
        deck(pitch, PitchData.pdf());
        long slot = pitchSlot(night.id, pitch);
        long aliceCard = card(night.id, "alice");
        card(night.id, "bob");
        long contact = connection(night.id, "alice", "bob");

        long question = question(night.id, slot, "bob");
        String stageKey = RestAssured.given().auth().oauth2(Keycloak.accessToken("olivia"))
                .get("/api/events/" + night.id + "/live/stage").then().statusCode(200).extract().path("stageKey");
        // The night is running: sam's slot is on stage, so the audience can ask.
        RestAssured.given().auth().oauth2(Keycloak.accessToken("olivia"))
                .contentType("application/json").post("/api/events/" + night.id + "/live/start").then().statusCode(200);

        Map<String, String> ids = new LinkedHashMap<>();
        // Ids of other things than the night, by the route they appear in (longest first).
        ids.put("/live/questions/{questionId}/{action}", "/live/questions/" + question + "/pin");
        ids.put("/qa/questions/{questionId}/{action}", "/qa/questions/" + question + "/vote");
        ids.put("/api/questions/{id}", "/api/questions/" + question);
        ids.put("/api/pitches/{id}", "/api/pitches/" + pitch);
        ids.put("/api/slots/{id}", "/api/slots/" + slot);
        ids.put("id", Long.toString(night.id));
        ids.put("slug", group.slug);
        ids.put("username", "bob");
        ids.put("pitchId", Long.toString(pitch));
        ids.put("itemId", Long.toString(slot));
        ids.put("contact", Long.toString(contact));
        ids.put("code", connectCode(aliceCard));
        ids.put("action", "start");
        ids.put("hash", "0".repeat(32));
        ids.put("size", "card");
        ids.put("key", stageKey);
        ids.put("token", unsubscribeLinks.token("alice", MailTopic.REMINDERS));
        return ids;
    }


    @Transactional
    public long pitchSlot(long eventId, long pitchId) {
        AgendaItem slot = new AgendaItem();
        slot.eventId = eventId;
        slot.position = 1;
        slot.kind = AgendaItem.Kind.PITCH;
        slot.minutes = 5;
        slot.qaMinutes = 3;
        slot.pitchId = pitchId;
        slot.createdAt = Instant.now();
        slot.persist();
        return slot.id;
    }

    @Transactional
    public long question(long eventId, long slotId, String asker) {
        Question question = new Question();
        question.eventId = eventId;
        question.slotId = slotId;
        question.asker = asker;
        question.askerName = asker;
        question.text = "How do you scale?";
        question.status = Question.Status.VISIBLE;
        question.createdAt = Instant.now();
        question.persist();
        return question.id;
    }

    @Transactional
    public void deck(long pitchId, byte[] pdf) {
        PitchDeck deck = new PitchDeck();
        deck.pitchId = pitchId;
        deck.fileName = "deck.pdf";
        deck.sizeBytes = pdf.length;
        deck.content = pdf;
        deck.uploadedAt = Instant.now();
        deck.persist();
    }

    @Transactional
    public long card(long eventId, String username) {
        NetworkCard card = new NetworkCard();
        card.eventId = eventId;
        card.username = username;
        card.name = username;
        card.createdAt = Instant.now();
        card.updatedAt = card.createdAt;
        card.persist();
        return card.id;
    }

    /** The code a card's QR encodes (what the other phone scans). */
    public String connectCode(long cardId) {
        return tokens.sign("connect", cardId);
    }

    @Transactional
    public long connection(long eventId, String first, String second) {
        NetworkConnection connection = new NetworkConnection();
        connection.eventId = eventId;
        connection.firstUser = first.compareTo(second) < 0 ? first : second;
        connection.secondUser = first.compareTo(second) < 0 ? second : first;
        connection.initiatedBy = first;
        connection.createdAt = Instant.now();
        connection.persist();
        return connection.id;
    }
}
