package dev.pitchnight.report;

import dev.pitchnight.notify.Letter;
import dev.pitchnight.notify.Outbox;
import dev.pitchnight.notify.OutboxMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Locale;

/** The report feature's mail, in the words of {@link ReportMailTexts}, queued in the caller's transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReportMails {

    private final Outbox outbox;

    ReportMails(Outbox outbox) {
        this.outbox = outbox;
    }

    /**
     * "Your report from the night is ready", with its link (never its content: what the founder may
     * read is decided when they open it). Sent when an organizer presses "Send the reports", so by
     * the rule of {@link Outbox#languageFor} it is in English unless the founder sent it themselves.
     */
    public void reportReady(String email, String founder, String company, Outbox.Night night, long pitchId) {
        Locale language = outbox.languageFor(founder);
        ReportMailTexts words = Outbox.words(ReportMailTexts.class, language);
        outbox.queue(Letter.of(OutboxMail.Kind.PITCH_REPORT, Long.toString(pitchId), founder, email, night, language,
                words.report_subject(company, night.title()),
                words.report(company, night, outbox.link("/pitches/" + pitchId + "/report"))));
    }
}
