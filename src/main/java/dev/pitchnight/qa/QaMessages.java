package dev.pitchnight.qa;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The Q&A feature's words: audience questions, votes and moderation, the audience award.
 * German texts are in {@code messages/qamsg_de.properties}.
 */
@MessageBundle("qamsg")
public interface QaMessages {

    @Message("Live Q&A")
    String qa_link();

    @Message("Audience Q&A")
    String qa_title();

    @Message("Nobody is pitching right now. Questions open when a startup is on stage.")
    String qa_nobody_on_stage();

    @Message("Your question to {company}")
    String qa_ask_label(String company);

    @Message("Up to {max} characters.")
    String qa_ask_hint(int max);

    @Message("Ask anonymously (the audience does not see your name; the organizers do)")
    String qa_anonymous_label();

    @Message("Ask")
    String qa_ask_button();

    @Message("Sign in to ask and vote")
    String qa_sign_in_to_ask();

    @Message("Questions")
    String qa_questions_heading();

    @Message("Sort")
    String qa_sort();

    @Message("most votes")
    String qa_sort_votes();

    @Message("newest")
    String qa_sort_time();

    @Message("No questions yet: be the first.")
    String qa_no_questions();

    @Message("Anonymous")
    String qa_anonymous();

    @Message("anonymous to the audience")
    String qa_anonymous_to_audience();

    @Message("yours")
    String qa_yours();

    @Message("waiting for approval")
    String qa_pending();

    @Message("hidden by the organizers: {reason}")
    String qa_hidden(String reason);

    @Message("answered")
    String qa_answered();

    @Message("on stage")
    String qa_pinned();

    @Message("{#when status}{#is 'PENDING'}pending{#is 'VISIBLE'}visible{#is 'HIDDEN'}hidden{#else}{status}{/when}")
    String qa_status(String status);

    @Message("{count} {#if count == 1}vote{#else}votes{/if}")
    String qa_votes(int count);

    @Message("Upvote")
    String qa_vote();

    @Message("Take my vote back")
    String qa_unvote();

    @Message("Audience award")
    String award_heading();

    @Message("{#when state}{#is 'NONE'}Voting has not opened.{#is 'OPEN'}Voting is open.{#is 'CLOSED'}Voting is closed; results not shown yet.{#is 'REVEALED'}Results are on the stage.{#else}{state}{/when}")
    String award_state(String state);

    @Message("{count} {#if count == 1}vote{#else}votes{/if}")
    String award_votes(long count);

    @Message("Vote now for the audience award on your phone!")
    String award_open_stage();

    @Message("Thanks, your vote for the audience award is in.")
    String award_voted();

    @Message("Which startup gets your vote?")
    String award_choose();

    @Message("Vote")
    String award_vote_button();

    // --- What comes next on the audience page ---

    @Message("Questions open when {company} pitches, at {time}.")
    String qa_opens_at(String company, String time);

    @Message("Questions open with the next pitch.")
    String qa_not_open_yet();

    @Message("No pitch is on: questions are asked during a pitch.")
    String qa_no_pitch_on();

    @Message("Now")
    String qa_agenda_now();

    @Message("Sign in to vote")
    String award_sign_in_to_vote();
}
