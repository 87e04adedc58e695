package dev.pitchnight.event;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of nights and their form (event/): why a request about a night was refused. German
 * in {@code messages/eventmsg_de.properties}; refusals pick them through {@link EventRefusals}.
 */
@MessageBundle("eventmsg")
public interface EventMessages {

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
}
