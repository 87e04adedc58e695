package dev.pitchnight.report;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The report feature's words: the startup's report after the night and the organizer's list of them.
 * German texts are in {@code messages/reportmsg_de.properties}.
 */
@MessageBundle("reportmsg")
public interface ReportMessages {

    @Message("Report from the night")
    String report_title();

    @Message("Report for {company}")
    String report_heading(String company);

    @Message("The night is not over yet: this report is still filling in.")
    String report_not_over();

    @Message("You see this report as its founder does, except who connected with them: that only the founder sees.")
    String report_organizer_view();

    @Message("Audience questions ({count})")
    String report_questions_heading(int count);

    @Message("The questions the audience saw during the slot, most votes first.")
    String report_questions_intro();

    @Message("Nobody asked a question during the slot.")
    String report_no_questions();

    @Message("Audience award")
    String report_award_heading();

    @Message("Place {rank} of {startups}, with {votes} of {total} {total == 1 ? 'vote' : 'votes'}.")
    String report_award_place(int rank, int startups, long votes, long total);

    @Message("The organizers have not revealed the results of the audience award.")
    String report_award_hidden();

    @Message("Connections ({count})")
    String report_connections_heading(int count);

    @Message("The people who exchanged cards with you at the night, with the card they shared.")
    String report_connections_intro();

    @Message("Nobody connected with you at this night.")
    String report_no_connections();

    @Message("All your contacts, with vCards")
    String report_contacts_link();

    @Message("{count} {count == 1 ? 'person' : 'people'} connected with the founder. Who they are, only the founder sees.")
    String report_connections_private(int count);

    @Message("The organizers' review")
    String report_review_heading();

    @Message("Means of the reviewers' marks from 1 to 5; the score weighs them by the night's rubric.")
    String report_review_scale();

    @Message("No reviews were written.")
    String report_review_no_scores();

    @Message("A word from the organizers")
    String report_note_heading();

    @Message("The organizers have not shared their review.")
    String report_review_not_shared();

    @Message("Reports for the startups")
    String report_night_title();

    @Message("After the night each accepted startup gets a report: the audience questions with their votes, its place in the audience award once you reveal it, the people who connected with it, and, only if you share it, the review's means with a note from you. Reviewers' names and comments are never shown.")
    String report_night_intro();

    @Message("No pitch was accepted for this night.")
    String report_night_none();

    @Message("Send the reports")
    String report_send_button();

    @Message("One mail per startup with the link to its report. A startup that had its mail gets none again.")
    String report_send_hint();

    @Message("The reports can be sent once the night has ended ({date}, {time}).")
    String report_send_after(String date, String time);

    @Message("This night was cancelled: there are no reports to send.")
    String report_cancelled();

    @Message("{count} {count == 1 ? 'mail' : 'mails'} to the founders queued.")
    String report_sent(int count);

    @Message("Every startup has had its report mail already; none was sent twice.")
    String report_sent_none();

    @Message("Sent {when}")
    String report_sent_on(String when);

    @Message("Not sent yet")
    String report_not_sent();

    @Message("Questions: {questions} · Connections: {connections}")
    String report_line_counts(int questions, int connections);

    @Message("No reviews")
    String report_no_reviews();

    @Message("Share the review's means and this note with the founder")
    String report_share_label();

    @Message("A note for the founder (optional)")
    String report_note_label();

    @Message("Shown only when you share the review; at most {max} characters.")
    String report_note_hint(int max);

    @Message("Save")
    String report_save();

    @Message("shared")
    String report_shared();

    @Message("Open the report for {company}")
    String report_open(String company);

    // --- Refusals: why a request was refused (web/Refusal, through report/ReportRefusals) ---


    @Message("{company} has no report: only startups accepted to pitch get one.")
    String report_not_accepted(String company);

    @Message("There is no accepted pitch {id} at this night.")
    String report_no_accepted_pitch(long id);

    @Message("There is no pitch {id}.")
    String report_no_such_pitch(long id);

    @Message("{title} was cancelled: there are no reports to send.")
    String report_night_cancelled(String title);

    @Message("Not over yet")
    String report_not_over_title();

    @Message("The reports of {title} can be sent once the night has ended; until then they are still filling in.")
    String report_not_over_send(String title);
}
