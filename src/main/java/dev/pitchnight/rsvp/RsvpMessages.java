package dev.pitchnight.rsvp;

import java.time.ZonedDateTime;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The RSVP feature's words on pages: the held-back note, the attendee list's waitlist.
 * German texts are in {@code messages/rsvpmsg_de.properties}.
 */
@MessageBundle("rsvpmsg")
public interface RsvpMessages {

    @Message("Your place is held back until {until}: you missed your latest nights at this group without cancelling, and its organizers ask such RSVPs to wait first. You keep your place in line; from then on you get a seat when it is your turn.")
    String rsvp_held_note(String until);

    @Message("held back until {until}")
    String attendees_held_until(String until);

    @Message("Let in now")
    String attendees_let_in();

    @Message("Let {name} in now")
    String attendees_let_in_label(String name);

    // --- Refusals: why a request was refused (web/Refusal, through rsvp/RsvpRefusals) ---


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
}
