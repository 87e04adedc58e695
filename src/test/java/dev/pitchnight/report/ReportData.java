package dev.pitchnight.report;

import dev.pitchnight.event.Event;
import dev.pitchnight.network.NetworkCard;
import dev.pitchnight.network.NetworkConnection;
import dev.pitchnight.notify.Outbox;
import dev.pitchnight.notify.OutboxMail;
import dev.pitchnight.pitch.Pitch;
import dev.pitchnight.qa.Question;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Rows the report tests need beside a live night ({@code LiveData}), written and read through the real database. */
@ApplicationScoped
public class ReportData {

    @Inject
    ReportMails mails;

    /** The night took place: it started four hours ago and ended an hour ago. */
    @Transactional
    public void endNight(long eventId) {
        Event event = Event.findById(eventId);
        event.startsAt = Instant.now().minus(Duration.ofHours(4));
        event.endsAt = Instant.now().minus(Duration.ofHours(1));
    }

    /** A card published for the night, with what a connection shares and an address it does not. */
    @Transactional
    public void card(long eventId, String username, String name, String role, String company, String link) {
        NetworkCard card = new NetworkCard();
        card.eventId = eventId;
        card.username = username;
        card.name = name;
        card.role = role;
        card.company = company;
        card.link = link;
        card.email = username + "@private.example";
        card.createdAt = Instant.now();
        card.updatedAt = card.createdAt;
        card.persist();
    }

    @Transactional
    public void connection(long eventId, String initiator, String other) {
        NetworkConnection connection = new NetworkConnection();
        connection.eventId = eventId;
        connection.firstUser = initiator.compareTo(other) < 0 ? initiator : other;
        connection.secondUser = initiator.compareTo(other) < 0 ? other : initiator;
        connection.initiatedBy = initiator;
        connection.createdAt = Instant.now();
        connection.persist();
    }

    /** A visible question with votes, written as if asked during that slot. */
    @Transactional
    public long question(long eventId, long slotId, String text, int votes) {
        Question question = new Question();
        question.eventId = eventId;
        question.slotId = slotId;
        question.asker = "bob";
        question.askerName = "Bob";
        question.text = text;
        question.status = Question.Status.VISIBLE;
        question.votes = votes;
        question.createdAt = Instant.now();
        question.persist();
        return question.id;
    }

    @Transactional
    public List<OutboxMail> reportMails() {
        return OutboxMail.list("kind = ?1 order by id", OutboxMail.Kind.PITCH_REPORT);
    }

    @Transactional
    public StartupReport choices(long pitchId) {
        return StartupReport.findById(pitchId);
    }

    /** Queues one pitch's report mail the way ReportService does, in a transaction of its own. */
    @Transactional
    public void queueReportMail(long pitchId) {
        Pitch pitch = Pitch.findById(pitchId);
        Event event = Event.findById(pitch.eventId);
        mails.reportReady(pitch.contactEmail, pitch.founder, pitch.company,
                new Outbox.Night(event.id, event.title, event.localStart(), event.venueName), pitch.id);
    }
}
