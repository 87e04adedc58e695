package dev.pitchnight.report;

import dev.pitchnight.notify.Outbox;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The report feature's mail: a startup's report from the night is ready.
 * Subject and text of each, rendered in the recipient's language when queued
 * ({@code ReportMails}); German texts are in {@code messages/reportmail_de.properties}.
 */
@MessageBundle("reportmail")
public interface ReportMailTexts {

    @Message("Your report from {title}: {company}")
    String report_subject(String company, String title);

    @Message("""
        Hello {company} team,

        thank you for pitching at {night.title} on {night.start.date}!

        Your report from the night is ready: the audience's questions with their votes, the
        audience award once the organizers have revealed it, the people who connected with you,
        and the organizers' review if they chose to share it. Sign in with the account you
        pitched with to read it:
        {url}

        Pitchnight
        """)
    String report(String company, Outbox.Night night, String url);
}
