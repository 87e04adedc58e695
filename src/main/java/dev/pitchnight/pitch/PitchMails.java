package dev.pitchnight.pitch;

import dev.pitchnight.i18n.Languages;
import dev.pitchnight.notify.Letter;
import dev.pitchnight.notify.Outbox;
import dev.pitchnight.notify.OutboxMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Locale;

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
        Locale language = outbox.actorLanguage();
        PitchMailTexts words = Outbox.words(PitchMailTexts.class, language);
        outbox.queue(Letter.of(OutboxMail.Kind.PITCH_RECEIVED, happening, null, email, night, language,
                words.received_subject(company, night.title()), words.received(company, night, myPitches())));
    }

    /** An organizer decides, so the founder's language is not known: English (see {@link Outbox#languageFor}). */
    public void decided(String email, String founder, String company, Outbox.Night night, Decision decision, String happening) {
        PitchMailTexts words = Outbox.words(PitchMailTexts.class, Languages.ENGLISH);
        Letter letter = switch (decision) {
            case ACCEPTED -> Letter.of(OutboxMail.Kind.PITCH_ACCEPTED, happening, founder, email, night, Languages.ENGLISH,
                    words.accepted_subject(company, night.title()), words.accepted(company, night, myPitches()));
            case RESERVE -> Letter.of(OutboxMail.Kind.PITCH_RESERVE, happening, founder, email, night, Languages.ENGLISH,
                    words.reserve_subject(company, night.title()), words.reserve(company, night, myPitches()));
            case REJECTED -> Letter.of(OutboxMail.Kind.PITCH_REJECTED, happening, founder, email, night, Languages.ENGLISH,
                    words.rejected_subject(company, night.title()), words.rejected(company, night, myPitches()));
        };
        outbox.queue(letter);
    }

    /** To a night's organizer: a founder's account was erased, so their pitch left the night. */
    public void withdrawnByErasure(String email, String company, Outbox.Night night, String happening) {
        PitchMailTexts words = Outbox.words(PitchMailTexts.class, Languages.ENGLISH);
        outbox.queue(OutboxMail.Kind.PITCH_WITHDRAWN, happening, email, night,
                words.withdrawn_erased_subject(company, night.title()),
                words.withdrawn_erased(company, night, outbox.link("/events/" + night.id() + "/review")));
    }

    private String myPitches() {
        return outbox.link("/pitches/mine");
    }
}
