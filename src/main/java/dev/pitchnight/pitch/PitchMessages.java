package dev.pitchnight.pitch;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The pitch feature's words: the call for pitches, pitches and decks, their review. Templates
 * use {@code {pitchmsg:key}}; German texts are in {@code messages/pitchmsg_de.properties}.
 */
@MessageBundle("pitchmsg")
public interface PitchMessages {

    // --- Calls for pitches, pitches and their review --------------------------------------

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
    String pitch_stage_name(Pitch.Stage stage);

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
    String pitch_status(Pitch.Status status);

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
}
