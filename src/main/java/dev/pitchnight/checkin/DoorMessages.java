package dev.pitchnight.checkin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The door's words (the checkin feature): tickets, the check-in page and scanner, attendance.
 * Templates use {@code {doormsg:key}}; German texts are in {@code messages/doormsg_de.properties}.
 */
@MessageBundle("doormsg")
public interface DoorMessages {

    // --- Tickets, the door, attendance ----------------------------------------------------

    @Message("Your ticket")
    String ticket_title();

    @Message("Your ticket's QR code")
    String ticket_qr_label();

    @Message("Show this code at the door. Turn your screen brightness up.")
    String ticket_show_at_door();

    @Message("Checked in at {time}. Enjoy the night!")
    String ticket_checked_in(String time);

    @Message("Name")
    String ticket_holder();

    @Message("When")
    String ticket_when();

    @Message("Where")
    String ticket_where();

    @Message("If the code will not scan, the door can type this:")
    String ticket_code();

    @Message("Your ticket (QR code for the door)")
    String ticket_link();

    @Message("Check-in")
    String checkin_title();

    @Message("Check-in at the door")
    String checkin_link();

    @Message("seats checked in / confirmed")
    String checkin_counts_label();

    @Message("checked in")
    String checkin_ok();

    @Message("already checked in at {time}")
    String checkin_already(String time);

    @Message("already checked in at")
    String checkin_already_js();

    @Message("+{count} {#if count == 1}guest{#else}guests{/if}")
    String checkin_guests(int count);

    @Message("guest(s)")
    String checkin_guest_js();

    @Message("No network: the scan is saved on this phone and will be sent when the connection is back.")
    String checkin_queued();

    @Message("Scans waiting to be sent:")
    String checkin_pending();

    @Message("Sent from the queue:")
    String checkin_sent();

    @Message("Your sign-in has expired. Reload the page to sign in again; the waiting scans are kept.")
    String checkin_signin_again();

    @Message("Ticket code")
    String checkin_token_label();

    @Message("Check in")
    String checkin_submit();

    @Message("Check in {name}")
    String checkin_person(String name);

    @Message("Find by name")
    String checkin_search_title();

    @Message("Name (or part of it)")
    String checkin_search_label();

    @Message("Search")
    String checkin_search();

    @Message("Nobody with a seat matches “{query}”.")
    String checkin_search_none(String query);

    @Message("Scan with the camera")
    String scanner_start();

    @Message("Stop the camera")
    String scanner_stop();

    @Message("Point the camera at the QR code.")
    String scanner_scanning();

    @Message("The camera is not available here. Type the code below or search by name.")
    String scanner_no_camera();

    @Message("Attendance and no-shows")
    String attendance_link();

    @Message("Attendance")
    String attendance_title();

    @Message("{came} of {confirmed} came · {noShows} no-shows")
    String attendance_summary_ended(long came, int confirmed, long noShows);

    @Message("{came} of {confirmed} checked in so far")
    String attendance_summary_running(long came, int confirmed);

    @Message("No-show rate: {percent} %")
    String attendance_rate(int percent);

    @Message("Came")
    String attendance_came();

    @Message("no-show")
    String attendance_no_show();

    @Message("No-shows")
    String attendance_no_shows();

    @Message("No-shows across the group")
    String attendance_group_link();

    @Message("Attendance across nights")
    String attendance_group_title();

    @Message("Past nights of this group: who had a seat and came. Only organizers see this page. Cancelled RSVPs never count as no-shows.")
    String attendance_group_lead();

    @Message("Nights")
    String attendance_nights();

    @Message("Night")
    String attendance_night();

    @Message("People")
    String attendance_people();

    @Message("No-shows in a row")
    String attendance_in_a_row();

    @Message("No night of this group has ended yet.")
    String attendance_no_past_nights();

    @Message("waitlist first")
    String attendance_waitlist_first();

    @Message("Rule: repeated no-shows wait first")
    String attendance_rule_title();

    @Message("When you turn this on, members whose latest nights in this group were all no-shows (as many in a row as you set) RSVP to the waitlist first: while the night is more than a day away, their RSVP joins the waitlist even if seats are free, and their place is held back until 24 hours before the night. Then they get a seat in their arrival order if one is free, like anyone else waiting. You can let someone in earlier from the night's attendee list. Cancelling in time never counts as a no-show, and one night they attend resets their count. The rule is off by default; while it is off nobody is held back.")
    String attendance_rule_explained();

    @Message("The rule is on: {limit} no-shows in a row.")
    String attendance_rule_on(int limit);

    @Message("The rule is off.")
    String attendance_rule_off();

    @Message("No-shows in a row (1–20; empty turns the rule off)")
    String attendance_rule_label();

    @Message("For example 2: members who missed their last two nights here wait first.")
    String attendance_rule_hint();

    @Message("Save the rule")
    String attendance_rule_save();

    @Message("No network: searched the door list kept on this phone.")
    String checkin_offline_search();

    @Message("No network, and nobody on the door list kept on this phone matches.")
    String checkin_offline_none();

    // --- Refusals: why a request was refused (web/Refusal, through checkin/CheckinRefusals) ---


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
}
