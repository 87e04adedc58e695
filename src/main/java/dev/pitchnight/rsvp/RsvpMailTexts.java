package dev.pitchnight.rsvp;

import dev.pitchnight.notify.Outbox;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.time.ZonedDateTime;

/**
 * The RSVP feature's mails: answers to an RSVP, seats freed and held, changes to the night, reminders.
 * Subject and text of each, rendered in the recipient's language when queued
 * ({@code RsvpMails}); German texts are in {@code messages/rsvpmail_de.properties}.
 */
@MessageBundle("rsvpmail")
public interface RsvpMailTexts {

    @Message("You're going: {title}")
    String confirmed_subject(String title);

    @Message("""
        Hi {name},

        you're going to {night.title}.

        When:  {night.start.date}, {night.start.time} {night.start.zoneAbbreviation}
        {#if night.venue}Where: {night.venue}
        {/if}{#if guests > 0}Guests: {guests}
        {/if}
        Your ticket, with the QR code to show at the door:
        {url}/ticket

        If your plans change, please cancel so that someone on the waitlist gets your seat:
        {url}

        See you there!
        Pitchnight
        """)
    String confirmed(String name, Outbox.Night night, String url, int guests);

    @Message("You're on the waitlist: {title}")
    String waitlisted_subject(String title);

    @Message("""
        Hi {name},

        {#if heldUntil}you are number {position} on the waitlist for {night.title}.

        You missed your latest nights at this group without cancelling, and its organizers ask such
        RSVPs to wait first: your place is held back until {heldUntil.date}, {heldUntil.time} {heldUntil.zoneAbbreviation}.
        You keep your place in line, and from then on you get a seat when it is your turn; we'll write
        to you when you have one. Your place:
        {#else}{night.title} is full right now, so you are number {position} on the waitlist.

        We move people up in the order they joined, as soon as seats free up, and we'll write to you
        when you have a seat. Your place:
        {/if}
        {url}

        Pitchnight
        """)
    String waitlisted(String name, Outbox.Night night, String url, int position, ZonedDateTime heldUntil);

    @Message("A seat freed up for you: {title}")
    String promoted_subject(String title);

    @Message("""
        Hi {name},

        good news: a seat freed up and it is yours. You're going to {night.title}.

        When:  {night.start.date}, {night.start.time} {night.start.zoneAbbreviation}
        {#if night.venue}Where: {night.venue}
        {/if}
        If you can no longer make it, please cancel so that the next person gets the seat:
        {url}

        Pitchnight
        """)
    String promoted(String name, Outbox.Night night, String url);

    @Message("A seat is held for you: {title}")
    String offered_subject(String title);

    @Message("""
        Hi {name},

        a seat at {night.title} is being held for you until {until.date}, {until.time} {until.zoneAbbreviation}.

        Take it (or let the next person have it) here:
        {url}

        If you do not answer by then, the seat goes to the next person on the waitlist.

        Pitchnight
        """)
    String offered(String name, Outbox.Night night, String url, ZonedDateTime until);

    @Message("Changed: {title}")
    String night_changed_subject(String title);

    @Message("""
        Hi {name},

        {night.title} has changed. It now takes place:

        When:  {night.start.date}, {night.start.time} {night.start.zoneAbbreviation}
        {#if night.venue}Where: {night.venue}
        {/if}
        Your RSVP stays as it is. All details:
        {url}

        Pitchnight
        """)
    String night_changed(String name, Outbox.Night night, String url);

    @Message("Cancelled: {title}")
    String night_cancelled_subject(String title);

    @Message("""
        Hi {name},

        we're sorry: {night.title}, planned for {night.start.date}, has been cancelled.

        Your RSVP is void; there is nothing you need to do. Details from the organizers:
        {url}

        Pitchnight
        """)
    String night_cancelled(String name, Outbox.Night night, String url);

    @Message("Tomorrow: {title}")
    String night_reminder_subject(String title);

    @Message("""
        Hi {name},

        {night.title} is tomorrow.

        When:  {night.start.date}, {night.start.time} {night.start.zoneAbbreviation}
        {#if night.venue}Where: {night.venue}
        {/if}{#if guests > 0}Guests: {guests}
        {/if}
        Your ticket, with the QR code to show at the door:
        {url}/ticket

        Can't make it after all? Please cancel so that someone on the waitlist gets your seat:
        {url}

        See you there!
        Pitchnight
        """)
    String night_reminder(String name, Outbox.Night night, String url, int guests);

    @Message("Your held seat at {title} expires soon")
    String offer_reminder_subject(String title);

    @Message("""
        Hi {name},

        the seat held for you at {night.title} is yours only until {until.date}, {until.time} {until.zoneAbbreviation}.

        Take it (or let the next person have it) here:
        {url}

        If you do not answer by then, the seat goes to the next person on the waitlist.

        Pitchnight
        """)
    String offer_reminder(String name, Outbox.Night night, String url, ZonedDateTime until);
}
