package dev.pitchnight.support;

import dev.pitchnight.agenda.AgendaItem;
import dev.pitchnight.checkin.TicketTokens;
import dev.pitchnight.network.NetworkCard;
import dev.pitchnight.network.NetworkConnection;
import dev.pitchnight.pitch.PitchDeck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Rows of the later features that the authorization matrix seeds directly. */
@ApplicationScoped
public class MatrixData {

    @Inject
    TicketTokens tokens;

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
