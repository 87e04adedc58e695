package dev.pitchnight.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.time.ZonedDateTime;

/**
 * The words of every refusal ({@link Refusal}) outside the pitch feature: titles, details and
 * field messages. Call sites pick them by method, {@code Refusal.conflict(m -> m.rsvp_sold_out_title(),
 * m -> m.rsvp_sold_out_no_waitlist())}, so a missing key does not compile; German texts are in
 * {@code messages/refusalmsg_de.properties}. Field messages complete a sentence that starts with
 * the field's name ("guests: must be 0 or more"). The pitch feature has its own bundle
 * ({@code pitch/PitchRefusalMessages}): Quarkus 3.30 generates broken bytecode for a bundle of
 * more than 300 messages.
 */
@MessageBundle("refusalmsg")
public interface RefusalMessages {

    // --- Shared: titles and field messages every feature uses --------------------------

    @Message("Not found")
    String not_found_title();

    @Message("Not allowed")
    String not_allowed_title();

    @Message("Invalid input")
    String invalid_input_title();

    @Message("There is no pitch night {id}.")
    String no_such_night(long id);

    @Message("Night cancelled")
    String night_cancelled_title();

    @Message("is required")
    String required();

    @Message("must be at most {max} characters")
    String at_most_characters(int max);

    @Message("must be between {min} and {max}")
    String between(int min, int max);

    @Message("must be a whole number")
    String whole_number();

    @Message("must be {min} or more")
    String at_least(int min);

    @Message("must be one of: {values}")
    String one_of(String values);

    @Message("the fields to change are required")
    String fields_to_change_required();

    @Message("Please check the marked fields.")
    String check_marked_fields();

    // --- Answers of the error mapper itself (web/ErrorMapper) --------------------------

    @Message("Not signed in")
    String not_signed_in_title();

    @Message("This needs a bearer token from Pitchnight's Keycloak (realm pitchnight).")
    String not_signed_in();

    @Message("The bearer token is not valid: it is malformed, expired, or not signed by Pitchnight's Keycloak.")
    String bearer_token_invalid();

    @Message("Your RSVP could not be saved just now; nothing was changed. Please try again.")
    String rsvp_busy();

    @Message("There is nothing at {path}.")
    String nothing_at(String path);

    @Message("is not a known field")
    String json_unknown_field();

    @Message("has the wrong type or format")
    String json_wrong_type();

    @Message("A number in the body is out of range.")
    String json_number_out_of_range();

    @Message("The body is not valid JSON.")
    String json_invalid();

    @Message("The body does not have the expected shape; see the API document at /q/openapi.")
    String json_wrong_shape();

    @Message("The request is not valid.")
    String request_invalid();

    @Message("Pitchnight speaks English (en) and German (de).")
    String language_unknown();

    // --- Nights, groups and the event form (event/) ------------------------------------

    @Message("an event is required")
    String event_required();

    @Message("Only the organizers of {group} can see or change this.")
    String event_organizers_only_see(String group);

    @Message("Only the organizers of {group} can do this.")
    String event_organizers_only(String group);

    @Message("Only the owners of {group} can choose its organizers.")
    String event_owners_only(String group);

    @Message("Owners stay")
    String event_owners_stay_title();

    @Message("An owner cannot leave the group; hand it to another owner first.")
    String event_owners_stay();

    @Message("There is no group {slug}.")
    String no_such_group(String slug);

    @Message("must be after the start")
    String event_end_after_start();

    @Message("must be after RSVPs open")
    String event_rsvp_close_after_open();

    @Message("must not be after the start")
    String event_rsvp_close_by_start();

    @Message("must be in the future")
    String event_copy_in_future();

    @Message("must be an http(s) address")
    String event_web_address();

    @Message("is required (an IANA zone such as America/Los_Angeles)")
    String event_zone_required();

    @Message("must be an IANA time zone such as America/Los_Angeles")
    String event_zone_unknown();

    @Message("is not a valid time in {zone}")
    String event_time_invalid(String zone);

    @Message("a new event is DRAFT or PUBLISHED")
    String event_new_status();

    @Message("cannot change from {current} to {wanted}")
    /** The statuses by their names (the kernel does not know the event feature's types). */
    String event_status_change(String current, String wanted);

    @Message("must be a date and time like 2026-12-10T18:30")
    String event_date_time();

    @Message("is not one of the choices")
    String event_not_a_choice();

    // --- RSVPs and the waitlist (rsvp/) ------------------------------------------------

    @Message("Capacity too low")
    String rsvp_capacity_too_low_title();

    @Message("{taken} {#if taken == 1}seat is{#else}seats are{/if} already taken; the capacity cannot be lower than that.")
    String rsvp_capacity_too_low(int taken);

    @Message("must be 0 or more")
    String rsvp_guests_at_least_zero();

    @Message("{#if allowed == 0}this night allows no guests{#else}this night allows at most {allowed} {#if allowed == 1}guest{#else}guests{/if}{/if}")
    String rsvp_too_many_guests(int allowed);

    @Message("Sold out")
    String rsvp_sold_out_title();

    @Message("All seats are taken and this night has no waitlist.")
    String rsvp_sold_out_no_waitlist();

    @Message("No seats for more guests")
    String rsvp_no_seats_for_guests_title();

    @Message("There are not enough free seats for {guests} {#if guests == 1}guest{#else}guests{/if}; your RSVP is unchanged.")
    String rsvp_no_seats_for_guests(int guests);

    @Message("You have no RSVP for this night.")
    String rsvp_none();

    @Message("No seat on offer")
    String rsvp_no_offer_title();

    @Message("There is no seat held for you at this night.")
    String rsvp_no_offer();

    @Message("Offer expired")
    String rsvp_offer_expired_title();

    @Message("The seat held for you was passed on when the offer expired.")
    String rsvp_offer_expired();

    @Message("{username} is not on the waitlist.")
    String rsvp_not_waitlisted(String username);

    @Message("Not held back")
    String rsvp_not_held_back_title();

    @Message("{username} has no place held back on this night's waitlist.")
    String rsvp_not_held_back(String username);

    @Message("This pitch night was cancelled.")
    String rsvp_night_cancelled();

    @Message("Night is over")
    String rsvp_night_over_title();

    @Message("This pitch night has already taken place.")
    String rsvp_night_over();

    @Message("RSVPs not open yet")
    String rsvp_not_open_title();

    @Message("RSVPs for this night open on {opens.date} at {opens.clock}.")
    String rsvp_not_open(ZonedDateTime opens);

    @Message("RSVPs closed")
    String rsvp_closed_title();

    @Message("RSVPs for this night are closed.")
    String rsvp_closed();

    // --- The agenda (agenda/) ----------------------------------------------------------

    @Message("choose an accepted pitch")
    String agenda_choose_pitch();

    @Message("There is no agenda item {id} in this night.")
    String agenda_no_item_in_night(long id);

    @Message("There is no agenda item {id}.")
    String agenda_no_item(long id);

    @Message("the item's fields are required")
    String agenda_item_required();

    @Message("is required for a pitch slot")
    String agenda_pitch_required();

    @Message("Already on the agenda")
    String agenda_already_title();

    @Message("{company} already has a slot on the agenda.")
    String agenda_already(String company);

    @Message("cannot change; remove the slot and add one for the other pitch")
    String agenda_pitch_fixed();

    @Message("cannot change; remove the item and add another")
    String agenda_kind_fixed();

    @Message("Past the end of the night")
    String agenda_past_end_title();

    @Message("The agenda would end at {agendaEnd.clock}, after the night ends at {nightEnd.clock}. Shorten or remove an item first.")
    String agenda_past_end(ZonedDateTime agendaEnd, ZonedDateTime nightEnd);

    @Message("is required (DOORS, INTRO, BREAK, NETWORKING, OTHER), or a pitchId for a pitch slot")
    String agenda_kind_required();

    @Message("must be one of DOORS, INTRO, BREAK, NETWORKING, OTHER")
    String agenda_kind_unknown();

    @Message("must be between {min} and {max} minutes")
    String agenda_minutes_between(int min, int max);

    // --- The door: tickets, check-in and attendance (checkin/) -------------------------

    @Message("You have no ticket for this night: only a confirmed RSVP has one.")
    String checkin_no_ticket();

    @Message("this is not a Pitchnight ticket (the code is damaged or forged)")
    String checkin_not_a_ticket();

    @Message("This ticket's RSVP no longer exists.")
    String checkin_rsvp_gone();

    @Message("Ticket for another night")
    String checkin_other_night_title();

    @Message("This ticket ({username}) is for {#if other}“{other}”{#else}another night{/if}, not for “{title}”.")
    String checkin_other_night(String username, String other, String title);

    @Message("“{title}” was cancelled; nobody is checked in.")
    String checkin_night_cancelled(String title);

    @Message("No seat")
    String checkin_no_seat_title();

    @Message("{username} cancelled their RSVP: this ticket is no longer valid.")
    String checkin_rsvp_cancelled(String username);

    @Message("{username} is on the waitlist and has no seat.")
    String checkin_waitlisted(String username);

    @Message("{username} has been offered a seat but has not taken it yet.")
    String checkin_offered(String username);

    @Message("must be between 1 and 20, or empty to turn the rule off")
    String attendance_limit();

    @Message("must be a whole number between 1 and 20")
    String attendance_limit_number();

    // --- Networking cards (network/) ---------------------------------------------------

    @Message("must be a web address starting with https:// or http://")
    String network_web_link();

    @Message("is not an email address")
    String network_not_an_email();

    @Message("must be among cofounder, investors, hiring, customers")
    String network_looking_for();

    @Message("This connect code is not valid for this night.")
    String network_bad_code();

    @Message("No card yet")
    String network_no_card_title();

    @Message("Publish your own card for this night first: connecting exchanges cards.")
    String network_no_card();

    @Message("choose someone else than yourself")
    String network_not_yourself();

    @Message("Nobody with that name has published a card for this night.")
    String network_no_such_card();

    @Message("You have no such contact.")
    String network_no_contact();

    @Message("Networking is for the people with a seat at “{title}”: RSVP first.")
    String network_seated_only(String title);

    // --- The live night: stage clock and award (live/) ---------------------------------

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

    @Message("There is no question {id} in this night.")
    String live_no_question_in_night(long id);

    // --- Questions from the audience and the award vote (qa/) --------------------------

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

    // --- Startup reports ---------------------------------------------------------------

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
    String report_not_over(String title);
}
