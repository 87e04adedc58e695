package dev.pitchnight.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every word a person reads on a page, in one place, so that translations
 * ({@code messages/msg_<locale>.properties}) can follow. Templates use {@code {msg:key}}.
 */
@MessageBundle("msg")
public interface AppMessages {

    @Message("Pitchnight")
    String app_name();

    @Message("Pitch nights for founders, organizers and a tough audience")
    String app_tagline();

    @Message("Skip to content")
    String nav_skip();

    @Message("Home")
    String nav_home();

    @Message("Sign in")
    String nav_sign_in();

    @Message("Sign out")
    String nav_sign_out();

    @Message("My account")
    String nav_account();

    @Message("API")
    String nav_api();

    @Message("Open-source software for meetup pitch nights.")
    String footer_about();

    @Message("Upcoming pitch nights")
    String home_upcoming();

    @Message("No pitch nights are announced yet. When an organizer publishes one, it shows up here.")
    String home_empty();

    @Message("Startups pitch for five minutes, the audience asks the hard questions, and everybody stays to talk.")
    String home_lead();

    @Message("{seats} seats")
    String event_capacity(int seats);

    @Message("by {group}")
    String event_by_group(String group);

    @Message("Online")
    String event_online();

    @Message("Details")
    String event_details();

    @Message("When")
    String event_when();

    @Message("Where")
    String event_where();

    @Message("Times are shown in the night's time zone, {zone}.")
    String event_zone_note(String zone);

    @Message("Your account")
    String account_title();

    @Message("Name")
    String account_name();

    @Message("User name")
    String account_username();

    @Message("Email")
    String account_email();

    @Message("Roles")
    String account_roles();

    @Message("You are signed in through Pitchnight's Keycloak. Your name and email are managed there.")
    String account_managed_by_keycloak();

    @Message("attendee")
    String role_attendee();

    @Message("startup founder")
    String role_founder();

    @Message("organizer")
    String role_organizer();

    @Message("administrator")
    String role_admin();

    @Message("Back to the home page")
    String error_back_home();

    @Message("Page not found")
    String error_404_title();

    @Message("There is no page at this address. The link may be old, or the night may have been removed.")
    String error_404_detail();

    @Message("Not allowed")
    String error_403_title();

    @Message("You are signed in, but this page is not open to your account.")
    String error_403_detail();

    @Message("Something went wrong on our side")
    String error_500_title();

    @Message("We could not finish your request. Nothing you did caused this; please try again in a moment. If it keeps happening, tell the organizers and quote reference {reference}.")
    String error_500_detail(String reference);

    @Message("This request could not be handled")
    String error_generic_title();

    @Message("Sign-in is unavailable")
    String error_signin_unavailable_title();

    @Message("Pitchnight cannot reach its sign-in service right now. Pages that need no sign-in keep working; please try signing in again in a minute.")
    String error_signin_unavailable_detail();

    @Message("Too large")
    String error_413_title();

    @Message("What was sent is larger than the {limit} this server accepts; nothing was saved.")
    String error_413_detail(String limit);

    @Message("Temporarily unavailable")
    String error_503_title();

    @Message("Pitchnight cannot reach its database right now, so nothing was changed. Please try again in a few seconds.")
    String error_503_detail();

    @Message("{seats} seats left")
    String rsvp_seats_left(int seats);

    @Message("Sold out")
    String rsvp_sold_out();

    @Message("{count} on the waitlist")
    String rsvp_waitlist_length(int count);

    @Message("Sign in to RSVP")
    String rsvp_sign_in();

    @Message("RSVP")
    String rsvp_yes();

    @Message("Join the waitlist")
    String rsvp_join_waitlist();

    @Message("Guests")
    String rsvp_guests();

    @Message("Just me")
    String rsvp_just_me();

    @Message("Me + {n}")
    String rsvp_me_plus(int n);

    @Message("You're going.")
    String rsvp_status_confirmed();

    @Message("You're number {position} on the waitlist.")
    String rsvp_status_waitlisted(int position);

    @Message("A seat is held for you until {until}.")
    String rsvp_status_offered(String until);

    @Message("You bring {n} {#if n == 1}guest{#else}guests{/if}.")
    String rsvp_with_guests(int n);

    @Message("We'll move you up as soon as seats free up, in the order people joined.")
    String rsvp_waitlist_note();

    @Message("Update guests")
    String rsvp_update();

    @Message("Cancel my RSVP")
    String rsvp_cancel();

    @Message("Leave the waitlist")
    String rsvp_leave_waitlist();

    @Message("Your RSVP")
    String rsvp_heading();

    @Message("This night was cancelled.")
    String rsvp_event_cancelled();

    @Message("This night has taken place.")
    String rsvp_event_completed();

    @Message("More from {group}")
    String event_more_from_group(String group);

    @Message("Upcoming nights")
    String group_upcoming();

    @Message("Past nights")
    String group_past();

    @Message("No nights are announced yet.")
    String group_no_upcoming();

    @Message("{count} {#if count == 1}member{#else}members{/if}")
    String group_members(long count);

    @Message("Join the group")
    String group_join();

    @Message("Leave the group")
    String group_leave();

    @Message("You are a member.")
    String group_you_are_member();

    @Message("You organize this group.")
    String group_you_organize();

    @Message("Subscribe to the calendar")
    String group_subscribe();







    @Message("Take the seat")
    String rsvp_take_seat();

    @Message("Let the seat go")
    String rsvp_let_go();

    @Message("Attendees")
    String attendees_title();

    @Message("{confirmed} of {capacity} seats taken · {waiting} on the waitlist")
    String attendees_summary(int confirmed, int capacity, int waiting);

    @Message("Download CSV")
    String attendees_csv();

    @Message("Confirmed")
    String attendees_confirmed();

    @Message("Waitlist, in order")
    String attendees_waitlist();

    @Message("Since")
    String attendees_since();

    @Message("Nobody has RSVPed yet.")
    String attendees_none_confirmed();

    @Message("Nobody is waiting.")
    String attendees_none_waiting();

    @Message("Attendees")
    String event_attendees_link();

    // --- The night's "Manage" toolbar (templates/tags/manage.html) ---

    @Message("Manage this night")
    String manage_label();

    @Message("Manage")
    String manage_menu();

    @Message("Edit")
    String manage_edit();

    @Message("Pitches")
    String manage_pitches();

    @Message("Agenda")
    String manage_agenda();

    @Message("Attendees")
    String manage_attendees();

    @Message("Door")
    String manage_door();

    @Message("Attendance")
    String manage_attendance();

    @Message("Live")
    String manage_live();

    @Message("Reports")
    String manage_reports();

    @Message("Announce a night")
    String form_new_title();

    @Message("Edit the night")
    String form_edit_title();

    @Message("Title")
    String form_title();

    @Message("Description")
    String form_description();

    @Message("Markdown: **bold**, _italic_, lists and links.")
    String form_description_hint();

    @Message("Starts")
    String form_starts();

    @Message("Ends")
    String form_ends();

    @Message("Time zone")
    String form_time_zone();

    @Message("Times are in this zone, where the night takes place.")
    String form_time_zone_hint();

    @Message("Seats")
    String form_capacity();

    @Message("Guests per RSVP")
    String form_guests();

    @Message("Keep a waitlist when the seats are gone")
    String form_waitlist();

    @Message("When seats free up")
    String form_policy();

    @Message("Give the seat to the next in line at once")
    String form_policy_auto();

    @Message("Hold the seat for the next in line for 12 hours")
    String form_policy_offer();

    @Message("Venue")
    String form_venue();

    @Message("Address")
    String form_venue_address();

    @Message("Online link")
    String form_online_url();

    @Message("RSVPs open")
    String form_rsvp_opens();

    @Message("RSVPs close")
    String form_rsvp_closes();

    @Message("Empty: open now, until the night starts.")
    String form_rsvp_hint();

    @Message("Status")
    String form_status();

    @Message("Draft (only organizers see it)")
    String form_status_draft();

    @Message("Published")
    String form_status_published();

    @Message("Cancelled (everyone who RSVPed is told)")
    String form_status_cancelled();

    @Message("Completed")
    String form_status_completed();

    @Message("Save")
    String form_save();

    @Message("Please correct the marked fields.")
    String form_has_errors();

    @Message("Edit")
    String event_edit_link();

    @Message("Draft: only the organizers can see this night until it is published.")
    String event_draft_notice();

    @Message("Your time:")
    String event_your_time();

    @Message("Move")
    String attendees_move();

    @Message("Move {name} up")
    String attendees_move_up(String name);

    @Message("Move {name} down")
    String attendees_move_down(String name);

    @Message("Organizers")
    String group_organizers();

    @Message("owner")
    String group_owner();

    @Message("Add a co-organizer (user name)")
    String group_add_organizer();

    @Message("Add")
    String group_add();

    @Message("Remove {name} as organizer")
    String group_remove_organizer(String name);

    // --- Mails about pitches and reminders -------------------------------------------------








    // --- Languages ---------------------------------------------------------------------------

    @Message("Language:")
    String nav_language();
}
