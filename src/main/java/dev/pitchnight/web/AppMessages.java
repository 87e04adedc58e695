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
}
