package dev.pitchnight.pitch;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.time.ZonedDateTime;

/**
 * The words of the pitch feature's refusals (call for pitches, pitches, decks, review), used
 * through {@link PitchRefusals}: {@code PitchRefusals.conflict(m -> m.call_closed_title(),
 * m -> m.call_closed(event.title))}. German texts are in
 * {@code messages/pitchrefusalmsg_de.properties}. A bundle of its own to keep each under the
 * 300 messages Quarkus 3.30 can generate; it repeats the few field messages its forms share with
 * {@link dev.pitchnight.web.RefusalMessages}.
 */
@MessageBundle("pitchrefusalmsg")
public interface PitchRefusalMessages {

    // --- Shared field messages (the pitch forms' own copies) ---------------------------

    @Message("is required")
    String required();

    @Message("must be at most {max} characters")
    String at_most_characters(int max);

    @Message("must be between {min} and {max}")
    String between(int min, int max);

    @Message("must be a whole number")
    String whole_number();

    @Message("must be a date and time like 2026-12-10T18:30")
    String date_time();

    @Message("Please check the marked fields.")
    String check_marked_fields();

    // --- The call for pitches ----------------------------------------------------------

    @Message("{title} has no call for pitches.")
    String call_none(String title);

    @Message("the call's fields are required")
    String call_required();

    @Message("must be after the call opens")
    String call_closes_after_opens();

    @Message("at least one weight must be above 0")
    String call_one_weight();

    @Message("No call")
    String no_call_title();

    @Message("This night has no call for pitches.")
    String night_has_no_call();

    @Message("Not open")
    String not_open_title();

    @Message("{title} does not take pitches.")
    String takes_no_pitches(String title);

    @Message("Call not open yet")
    String call_not_open_title();

    @Message("The call for pitches for {title} opens on {opens.isoDate}.")
    String call_opens(String title, ZonedDateTime opens);

    @Message("Call closed")
    String call_closed_title();

    @Message("The call for pitches for {title} has closed.")
    String call_closed(String title);

    @Message("The call for pitches has closed; pitches can no longer be changed.")
    String call_closed_no_changes();

    // --- Pitches and decks -------------------------------------------------------------


    @Message("There is no pitch {id}.")
    String no_such_pitch(long id);

    @Message("the pitch's fields are required")
    String pitch_required();

    @Message("must be one of IDEA, PROTOTYPE, LAUNCHED, REVENUE, SCALING")
    String stage_unknown();

    @Message("each member's name must be one line of at most 120 characters")
    String team_name_line();

    @Message("at most {max} members")
    String team_at_most(int max);

    @Message("must be an email address like founder@example.com")
    String email_like();

    @Message("must be a web address starting with https://")
    String web_address();

    @Message("Withdrawn")
    String withdrawn_title();

    @Message("This pitch was withdrawn; submit a new one instead.")
    String withdrawn_resubmit();

    @Message("{company} has no uploaded deck.")
    String no_deck(String company);

    @Message("the file is empty")
    String deck_empty();

    @Message("must be a PDF file")
    String deck_not_pdf();

    @Message("Too large")
    String deck_too_large_title();

    @Message("the file is larger than {megabytes} MB")
    String deck_file_larger_than(long megabytes);

    @Message("is larger than {megabytes} MB")
    String deck_larger_than(long megabytes);

    // --- Review, decisions and the agenda's pitches ------------------------------------

    @Message("Only the organizers of {title} and the reviewers they invite can see its pitches.")
    String organizers_only_see(String title);

    @Message("Only the organizers of {title} and the reviewers they invite can review its pitches.")
    String organizers_only_review(String title);

    @Message("is not a pitch of this night")
    String not_of_night();

    @Message("Not accepted")
    String not_accepted_title();

    @Message("{company} is not accepted, so it cannot have a slot.")
    String not_accepted(String company);

    @Message("Nobody reviews their own pitch.")
    String review_own();

    @Message("{company} was withdrawn; there is nothing to review.")
    String review_withdrawn(String company);

    @Message("the scores are required")
    String review_scores_required();

    @Message("is required (1 to 5)")
    String review_score_required();

    @Message("Please give every criterion a score from 1 to 5.")
    String review_every_criterion();

    @Message("must be ACCEPTED, RESERVE or REJECTED")
    String decision_unknown();

    @Message("{company} was withdrawn by its founder.")
    String decision_withdrawn(String company);

    @Message("must be a user name (letters, digits, . _ @ -)")
    String reviewer_username();
}
