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

    // --- Refusals: why a request was refused (web/Refusal, through live/LiveRefusals) ---


    @Message("There is no live action \"{action}\" (start, pause, resume, extend, next, qa, award-open, award-close, award-reveal).")
    String live_no_action(String action);

    @Message("Already running")
    String live_running_title();

    @Message("The clock already runs; pause it or go to the next item.")
    String live_running();

    @Message("The night is over")
    String live_over_title();

    @Message("Every item of the agenda has run.")
    String live_over();

    @Message("Nothing to pause")
    String live_nothing_to_pause_title();

    @Message("The clock does not run.")
    String live_clock_stopped();

    @Message("Not paused")
    String live_not_paused_title();

    @Message("The clock is not paused.")
    String live_not_paused();

    @Message("Nothing to extend")
    String live_nothing_to_extend_title();

    @Message("No clock runs; start an item first.")
    String live_nothing_to_extend();

    @Message("No pitch on stage")
    String live_no_pitch_title();

    @Message("Questions follow a pitch: start a pitch slot first.")
    String live_no_pitch();

    @Message("No Q&A in this slot")
    String live_no_qa_title();

    @Message("This slot has no Q&A minutes; go to the next item.")
    String live_no_qa();

    @Message("Award voting cannot open")
    String live_award_cannot_open_title();

    @Message("Voting is {#when award}{#is 'NONE'}none{#is 'OPEN'}open{#is 'CLOSED'}closed{#is 'REVEALED'}revealed{/when} already.")
    /** The award's state by its name (the kernel does not know the live feature's types). */
    String live_award_already(String award);

    @Message("Award voting is not open")
    String live_award_not_open_title();

    @Message("Open the voting first.")
    String live_open_voting_first();

    @Message("No votes yet")
    String live_no_votes_title();

    @Message("Open the award voting first.")
    String live_open_award_first();

    @Message("must be PRE (approve each question) or POST (show at once)")
    String live_moderation();

    @Message("There is no stage at this address.")
    String live_no_stage();

    @Message("The agenda is empty")
    String live_agenda_empty_title();

    @Message("Add slots to the agenda before the night starts.")
    String live_agenda_empty();

    @Message("must be a change id")
    String live_change_id();
}
