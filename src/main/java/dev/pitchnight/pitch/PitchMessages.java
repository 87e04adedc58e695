package dev.pitchnight.pitch;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the call for pitches, the review and the agenda. Templates use {@code {pitchmsg:key}}.
 * A bundle of its own because Quarkus 3.30 generates broken bytecode for a bundle of more than
 * 300 messages; the shared words (layout, errors, RSVPs, mail subjects) stay in
 * {@link dev.pitchnight.web.AppMessages}.
 */
@MessageBundle("pitchmsg")
public interface PitchMessages {

    // --- Pitches, review and the agenda (issue 4) ------------------------------------------

    @Message("Pitch your startup")
    String pitch_new_title();

    @Message("Change your pitch")
    String pitch_edit_title();

    @Message("The call for pitches closes {when}.")
    String pitch_call_closes(String when);

    @Message("This night has no call for pitches.")
    String pitch_no_call();

    @Message("Company")
    String pitch_company();

    @Message("One-liner")
    String pitch_one_liner();

    @Message("What you do, in one sentence.")
    String pitch_one_liner_hint();

    @Message("Problem")
    String pitch_problem();

    @Message("Stage")
    String pitch_stage();

    @Message("Choose a stage")
    String pitch_stage_choose();

    @Message("{#when stage}{#is IDEA}Idea{#is PROTOTYPE}Prototype{#is LAUNCHED}Launched{#is REVENUE}Revenue{#is SCALING}Scaling{/when}")
    String pitch_stage_name(dev.pitchnight.pitch.Pitch.Stage stage);

    @Message("Website")
    String pitch_website();

    @Message("Team members")
    String pitch_team();

    @Message("One name per line, up to ten.")
    String pitch_team_hint();

    @Message("Contact email")
    String pitch_contact();

    @Message("Founder")
    String pitch_founder();

    @Message("Deck")
    String pitch_deck();

    @Message("A link to your deck, or a PDF of at most {megabytes} MB (or both).")
    String pitch_deck_hint(long megabytes);

    @Message("Link to the deck")
    String pitch_deck_url();

    @Message("PDF upload")
    String pitch_deck_file();

    @Message("A PDF is uploaded; choosing a file replaces it.")
    String pitch_deck_uploaded();

    @Message("Download the deck (PDF)")
    String pitch_deck_download();

    @Message("Open the deck link")
    String pitch_deck_link();

    @Message("No deck yet")
    String pitch_no_deck();

    @Message("Send the pitch")
    String pitch_submit();

    @Message("My pitches")
    String pitch_mine_title();

    @Message("You have not pitched yet. When a night's call for pitches is open, its page has a button to apply.")
    String pitch_mine_none();

    @Message("Thank you, your pitch is in. We have sent you a confirmation.")
    String pitch_sent();

    @Message("Change")
    String pitch_edit_link();

    @Message("Withdraw")
    String pitch_withdraw();

    @Message("{#when status}{#is SUBMITTED}Submitted{#is ACCEPTED}Accepted{#is RESERVE}Reserve{#is REJECTED}Not this time{#is WITHDRAWN}Withdrawn{/when}")
    String pitch_status(dev.pitchnight.pitch.Pitch.Status status);

    @Message("Call for pitches")
    String call_heading();

    @Message("Call for pitches")
    String call_title();

    @Message("Open a call for pitches")
    String call_open_link();

    @Message("Call for pitches")
    String call_edit_link();

    @Message("Open until {date}, {time} {zone} · {slots} startups will pitch.")
    String call_open_until(String date, String time, String zone, int slots);

    @Message("The call for pitches opens soon.")
    String call_not_open_yet();

    @Message("Apply to pitch")
    String call_apply();

    @Message("Opens")
    String call_opens();

    @Message("Empty: open now.")
    String call_opens_hint();

    @Message("Closes")
    String call_closes();

    @Message("What you are looking for")
    String call_brief();

    @Message("Startups wanted")
    String call_slots();

    @Message("Blind review: reviewers do not see founders' names and contact")
    String call_blind();

    @Message("Rubric weights")
    String call_weights();

    @Message("Each review scores the four criteria from 1 to 5; the ranking uses these weights (0 to 10).")
    String call_weights_hint();

    @Message("Pitches")
    String review_link();

    @Message("Pitches and reviews")
    String review_title();

    @Message("Open {opens} until {closes} · {slots} startups wanted")
    String review_call_summary(String opens, String closes, int slots);

    @Message("Weights: team {team}, problem {problem}, traction {traction}, fit {fit}")
    String review_weights(int team, int problem, int traction, int fit);

    @Message("blind review")
    String review_blind();

    @Message("There is no call for pitches yet, so founders cannot apply.")
    String review_no_call();

    @Message("Ranking")
    String review_ranking();

    @Message("No pitches yet.")
    String review_none();

    @Message("Score {mean}")
    String review_mean(String mean);

    @Message("{count} {count == 1 ? 'review' : 'reviews'}")
    String review_count(int count);

    @Message("yours {score}")
    String review_yours(double score);

    @Message("Review now")
    String review_now();

    @Message("{#when choice}{#is 'ACCEPTED'}Accept{#is 'RESERVE'}Reserve{#is 'REJECTED'}Reject{/when}")
    String review_decide(String choice);

    @Message("{#when choice}{#is 'ACCEPTED'}Accept{#is 'RESERVE'}Put on reserve{#is 'REJECTED'}Reject{/when} {company}")
    String review_decide_label(String choice, String company);

    @Message("Reviewers")
    String review_reviewers();

    @Message("No reviewers invited; the organizers review.")
    String review_no_reviewers();

    @Message("Invite a reviewer (user name)")
    String review_invite();

    @Message("Remove reviewer {name}")
    String review_remove_reviewer(String name);

    @Message("All pitches of {title}")
    String review_back(String title);

    @Message("hidden for a blind review")
    String review_hidden();

    @Message("Your review")
    String review_yours_heading();

    @Message("{#when criterion}{#is 'team'}Team{#is 'problem'}Problem{#is 'traction'}Traction{#is 'fit'}Fit for the night{/when}")
    String review_criterion(String criterion);

    @Message("(weight {weight})")
    String review_weight(int weight);

    @Message("Team")
    String review_team();

    @Message("Problem")
    String review_problem();

    @Message("Traction")
    String review_traction();

    @Message("Fit")
    String review_fit();

    @Message("Comment")
    String review_comment();

    @Message("Save the review")
    String review_save();

    @Message("Decision")
    String review_decision();

    @Message("All reviews")
    String review_all();

    @Message("team {team}, problem {problem}, traction {traction}, fit {fit}: {score}")
    String review_scores(int team, int problem, int traction, int fit, double score);

    @Message("Agenda")
    String agenda_heading();

    @Message("Agenda")
    String agenda_title();

    @Message("Agenda")
    String agenda_edit_link();

    @Message("The night runs {start} to {end} {zone}; {left} minutes are not planned yet.")
    String agenda_window(String start, String end, String zone, long left);

    @Message("The agenda runs {minutes} minutes past the night's end: shorten or remove items.")
    String agenda_overrun(long minutes);

    @Message("Nothing planned yet. Add doors, an intro, pitch slots, a break and networking below.")
    String agenda_empty();

    @Message("{#when kind}{#is DOORS}Doors open{#is INTRO}Welcome and intro{#is PITCH}Pitch{#is BREAK}Break{#is NETWORKING}Networking{#is OTHER}Programme{/when}")
    String agenda_kind(dev.pitchnight.agenda.AgendaItem.Kind kind);

    @Message("{minutes} min")
    String agenda_minutes(int minutes);

    @Message("{pitch} min pitch + {qa} min Q&A")
    String agenda_pitch_minutes(int pitch, int qa);

    @Message("Move item {n} up")
    String agenda_move_up(int n);

    @Message("Move item {n} down")
    String agenda_move_down(int n);

    @Message("Remove item {n}")
    String agenda_remove(int n);

    @Message("Change item {n}")
    String agenda_change(int n);

    @Message("Tip: drag an item to move it.")
    String agenda_drag_hint();

    @Message("Add a pitch slot")
    String agenda_add_slot();

    @Message("Accepted pitches all have a slot (or none is accepted yet).")
    String agenda_no_waiting();

    @Message("Accepted pitch")
    String agenda_pitch();

    @Message("Pitch minutes")
    String agenda_pitch_length();

    @Message("Q&A minutes")
    String agenda_qa_length();

    @Message("Add the slot")
    String agenda_add_slot_button();

    @Message("Add an item")
    String agenda_add_item();

    @Message("What")
    String agenda_kind_label();

    @Message("Minutes")
    String agenda_length();

    @Message("Empty: the usual length shown in the list.")
    String agenda_length_hint();

    @Message("Wording on the agenda (optional)")
    String agenda_item_title();

    @Message("Add the item")
    String agenda_add_item_button();

    @Message("Startups pitching")
    String startups_heading();

    // --- The startup's report after the night (issue 6) -----------------------------------

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
}
