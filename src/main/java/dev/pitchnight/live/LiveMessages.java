package dev.pitchnight.live;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the live night: live control, stage and presenter views, audience Q&A, the award.
 * Templates use {@code {livemsg:key}}. A bundle of its own because Quarkus 3.30 generates broken
 * bytecode for a bundle of more than 300 messages; the shared words stay in
 * {@link dev.pitchnight.web.AppMessages}.
 */
@MessageBundle("livemsg")
public interface LiveMessages {

    // --- The live night (issue 5): live control, stage, presenter, audience Q&A, award ----------

    @Message("Live control")
    String live_control_title();

    @Message("Run the night live")
    String live_control_link();

    @Message("Live Q&A")
    String qa_link();

    @Message("{#when phase}{#is 'WAITING'}Not started{#is 'PITCH'}Pitch{#is 'QA'}Questions{#is 'ITEM'}On now{#is 'BETWEEN'}Up next{#is 'ENDED'}The night is over{#else}{phase}{/when}")
    String live_phase(String phase);

    @Message("paused")
    String live_paused();

    @Message("Next up")
    String live_next_up();

    @Message("{#when action}{#is 'start'}Start{#is 'pause'}Pause{#is 'resume'}Resume{#is 'extend'}+1 minute{#is 'next'}Next{#is 'qa'}Start Q&A{#is 'award-open'}Open award voting{#is 'award-close'}Close award voting{#is 'award-reveal'}Reveal the award{#else}{action}{/when}")
    String live_action(String action);

    @Message("Screens")
    String live_screens();

    @Message("Stage view (projector)")
    String live_stage_link();

    @Message("Presenter view (founder's phone)")
    String live_presenter_link();

    @Message("Audience page")
    String live_audience_link();

    @Message("The stage and presenter links need no sign-in and cannot be guessed: share them only with the people running the screens.")
    String live_stage_hint();

    @Message("New questions are")
    String live_moderation_label();

    @Message("shown at once (moderators may hide them)")
    String live_moderation_post();

    @Message("wait for approval")
    String live_moderation_pre();

    @Message("Save")
    String live_save();

    @Message("Questions to the startup on stage ({count})")
    String live_questions_heading(int count);

    @Message("No questions yet.")
    String live_no_questions();

    @Message("{#when action}{#is 'approve'}Approve{#is 'hide'}Hide{#is 'pin'}Pin to stage{#is 'unpin'}Unpin{#is 'answered'}Mark answered{#is 'unanswered'}Not answered{#else}{action}{/when}")
    String live_mod_action(String action);

    @Message("Reason (the asker sees it)")
    String live_hide_reason();

    @Message("Stage")
    String live_stage_title();

    @Message("Presenter")
    String live_presenter_title();

    @Message("Thank you, that was the night!")
    String live_ended();

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
}
