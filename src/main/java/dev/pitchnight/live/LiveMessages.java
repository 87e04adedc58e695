package dev.pitchnight.live;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The live night's words: live control, stage and presenter views. Templates use
 * {@code {livemsg:key}}; German texts are in {@code messages/livemsg_de.properties}.
 */
@MessageBundle("livemsg")
public interface LiveMessages {

    // --- The live night: live control, stage, presenter -----------------------------------

    @Message("Live control")
    String live_control_title();

    @Message("Run the night live")
    String live_control_link();

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

    // --- The stage running the room (StagePage) ---

    @Message("Starts at {time}")
    String stage_starts_at(String time);

    @Message("in {days} {#if days == 1}day{#else}days{/if}")
    String stage_days(long days);

    @Message("Ask questions and vote on your phone")
    String stage_audience_qr();

    @Message("Swap contact cards on your phone")
    String stage_network_qr();

    @Message("Thanks to our startups, our hosts and all of you. Stay for a drink and meet each other.")
    String stage_thanks();

    @Message("{count} {#if count == 1}vote{#else}votes{/if} so far")
    String stage_award_progress(long count);

    @Message("Voting has closed: {count} {#if count == 1}vote{#else}votes{/if}. The result is coming up.")
    String stage_award_closed(long count);
}
