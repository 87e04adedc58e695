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

    // --- Refusals: why a request was refused (web/Refusal, through qa/QaRefusals) ---


    @Message("There is no such action.")
    String qa_no_such_action();

    @Message("There is no such question in this night.")
    String qa_not_in_night();

    @Message("write your question")
    String qa_write_question();

    @Message("Not on stage")
    String qa_not_on_stage_title();

    @Message("Questions to {company} open when it is on stage.")
    String qa_not_on_stage(String company);

    @Message("Too many questions")
    String qa_too_many_title();

    @Message("You asked {recent} questions in the last minute; please wait a moment: you can ask again in {seconds} seconds.")
    String qa_too_many(int recent, long seconds);

    @Message("You cannot vote for your own question.")
    String qa_own_question();

    @Message("must be one of approve, hide, answered, unanswered, pin, unpin")
    String qa_moderation_action();

    @Message("say why the question is hidden; the asker sees it")
    String qa_hide_reason();

    @Message("Not visible")
    String qa_not_visible_title();

    @Message("Approve the question before pinning it to the stage.")
    String qa_approve_before_pin();

    @Message("Only people with a confirmed seat at {title} can ask and vote.")
    String qa_seated_only(String title);

    @Message("There is no pitch slot {id}.")
    String qa_no_slot(long id);

    @Message("There is no question {id}.")
    String qa_no_question(long id);

    @Message("choose a startup")
    String award_choose_startup();

    @Message("Only people with a confirmed seat at {title} can vote for the award.")
    String award_seated_only(String title);

    @Message("Voting is not open")
    String award_not_open_title();

    @Message("The organizer opens the award voting after the pitches.")
    String award_not_open();

    @Message("is not a startup pitching tonight")
    String award_not_pitching();

    @Message("Already voted")
    String award_already_title();

    @Message("You have voted for the audience award of this night already.")
    String award_already();

    @Message("There is no question {id} in this night.")
    String qa_no_question_in_night(long id);
}
