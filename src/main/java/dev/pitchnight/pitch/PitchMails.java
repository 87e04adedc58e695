package dev.pitchnight.pitch;

import dev.pitchnight.i18n.Languages;
import dev.pitchnight.notify.Outbox;
import dev.pitchnight.notify.OutboxMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The pitch feature's mails to founders, in the words of {@link PitchMailTexts}, queued in the caller's transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PitchMails {

    /** What an organizer decided about a pitch; each has its own mail. */
    public enum Decision { ACCEPTED, RESERVE, REJECTED }

    private final Outbox outbox;

    PitchMails(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Only ever the founder's own action, so in the language they use the site in. */
    public void received(String email, String company, Outbox.Night night, String happening) {
        PitchMailTexts words = Outbox.words(PitchMailTexts.class, outbox.actorLanguage());
        outbox.queue(OutboxMail.Kind.PITCH_RECEIVED, happening, email, night, words.received_subject(company, night.title()),
                words.received(company, night, myPitches()));
    }

    /** An organizer decides, so the founder's language is not known: English (see {@link Outbox#languageFor}). */
    public void decided(String email, String company, Outbox.Night night, Decision decision, String happening) {
        PitchMailTexts words = Outbox.words(PitchMailTexts.class, Languages.ENGLISH);
        switch (decision) {
            case ACCEPTED -> outbox.queue(OutboxMail.Kind.PITCH_ACCEPTED, happening, email, night,
                    words.accepted_subject(company, night.title()), words.accepted(company, night, myPitches()));
            case RESERVE -> outbox.queue(OutboxMail.Kind.PITCH_RESERVE, happening, email, night,
                    words.reserve_subject(company, night.title()), words.reserve(company, night, myPitches()));
            case REJECTED -> outbox.queue(OutboxMail.Kind.PITCH_REJECTED, happening, email, night,
                    words.rejected_subject(company, night.title()), words.rejected(company, night, myPitches()));
        }
    }

    private String myPitches() {
        return outbox.link("/pitches/mine");
    }
}
