package dev.pitchnight.checkin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of tickets, the door, attendance and networking. Templates use {@code {doormsg:key}}.
 * A bundle of its own because Quarkus 3.30 generates broken bytecode for a bundle of more than
 * 300 messages; the shared words (layout, errors, RSVPs, mail subjects) stay in
 * {@link dev.pitchnight.web.AppMessages}.
 */
@MessageBundle("doormsg")
public interface DoorMessages {

    // --- Door, attendance, networking (issue 6) -------------------------------------------

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

    @Message("Your place is held back until {until}: you missed your latest nights at this group without cancelling, and its organizers ask such RSVPs to wait first. You keep your place in line; from then on you get a seat when it is your turn.")
    String rsvp_held_note(String until);

    @Message("held back until {until}")
    String attendees_held_until(String until);

    @Message("Let in now")
    String attendees_let_in();

    @Message("Let {name} in now")
    String attendees_let_in_label(String name);

    @Message("My contacts")
    String contacts_title();

    @Message("My contacts")
    String contacts_link();

    @Message("No contacts yet. At a night, publish your card and connect with people: their cards land here.")
    String contacts_none();

    @Message("Download all ({count}) as vCard")
    String contacts_download_all(int count);

    @Message("Download vCard")
    String contacts_download();

    @Message("Download {name}'s vCard")
    String contacts_download_one(String name);

    @Message("Met at {night}")
    String contacts_met_at(String night);

    @Message("This person has taken their card down.")
    String contacts_card_withdrawn();

    @Message("Networking")
    String network_title();

    @Message("Networking: exchange cards")
    String network_link();

    @Message("Publish a card for this night if you like; only people with a seat who published one too see it. Connect by scanning each other's code or with a tap: both of you get the other's card.")
    String network_lead();

    @Message("My connect code")
    String network_my_qr();

    @Message("Let someone scan this with their phone to exchange cards.")
    String network_my_qr_hint();

    @Message("Scan someone's code")
    String network_scan();

    @Message("That code is not a Pitchnight connect code for this night.")
    String network_foreign_code();

    @Message("People who share their card")
    String network_people();

    @Message("Nobody else has published a card yet.")
    String network_nobody_yet();

    @Message("Connected")
    String network_connected();

    @Message("Connect")
    String network_connect();

    @Message("Connect with {name}")
    String network_connect_with(String name);

    @Message("You both get each other's card in “My contacts”, with a vCard to download.")
    String network_connect_explained();

    @Message("My card")
    String network_edit_card();

    @Message("Share a card for this night")
    String network_publish_card();

    @Message("Nobody sees anything about you here until you publish a card. You can take it down any time.")
    String network_opt_in();

    @Message("Name")
    String network_name();

    @Message("Role")
    String network_role();

    @Message("Company")
    String network_company();

    @Message("LinkedIn or website")
    String network_link_label();

    @Message("Email to share (optional)")
    String network_email();

    @Message("Looking for")
    String network_looking_for();

    @Message("a cofounder")
    String network_lf_cofounder();

    @Message("investors")
    String network_lf_investors();

    @Message("people to hire")
    String network_lf_hiring();

    @Message("customers")
    String network_lf_customers();

    @Message("Publish my card")
    String network_publish();

    @Message("Save my card")
    String network_save();

    @Message("Take my card down")
    String network_withdraw();
}
