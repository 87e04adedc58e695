package dev.pitchnight.pitch;

import dev.pitchnight.notify.Outbox;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The pitch feature's mails to founders: the pitch received, and the organizers' decision.
 * Subject and text of each, rendered in the recipient's language when queued
 * ({@code PitchMails}); German texts are in {@code messages/pitchmail_de.properties}.
 */
@MessageBundle("pitchmail")
public interface PitchMailTexts {

    @Message("We have your pitch for {title}: {company}")
    String received_subject(String company, String title);

    @Message("""
        Hello {company} team,

        we have your pitch for {night.title} ({night.start.date}).

        You can change it until the call for pitches closes, and you will hear from us as soon as
        the organizers have decided. Your pitches and their status:
        {url}

        Pitchnight
        """)
    String received(String company, Outbox.Night night, String url);

    @Message("You are pitching at {title}: {company}")
    String accepted_subject(String company, String title);

    @Message("""
        Hello {company} team,

        good news: you are pitching at {night.title}!

        When:  {night.start.date}, {night.start.time} {night.start.zoneAbbreviation}
        {#if night.venue}Where: {night.venue}
        {/if}
        The organizers will put you into a slot on the night's agenda; you will see its time here:
        {url}

        See you on stage!
        Pitchnight
        """)
    String accepted(String company, Outbox.Night night, String url);

    @Message("On the reserve list for {title}: {company}")
    String reserve_subject(String company, String title);

    @Message("""
        Hello {company} team,

        thank you for your pitch for {night.title}. The organizers have put it on the reserve list:
        if a slot frees up, it is yours, and you will hear from us.

        Your pitches and their status:
        {url}

        Pitchnight
        """)
    String reserve(String company, Outbox.Night night, String url);

    @Message("Your pitch for {title}: {company}")
    String rejected_subject(String company, String title);

    @Message("""
        Hello {company} team,

        thank you for your pitch for {night.title}. This time the organizers chose other startups
        for the stage; we hope to see you in the audience, and at a later night.

        Your pitches and their status:
        {url}

        Pitchnight
        """)
    String rejected(String company, Outbox.Night night, String url);

    @Message("Pitch withdrawn: {company} at {title}")
    String withdrawn_erased_subject(String company, String title);

    @Message("""
        Hello,

        {company} will not pitch at {night.title} ({night.start.date}) after all: its founder
        deleted their Pitchnight account, and with it their pitch. A slot it held on the agenda is
        free again.

        The night's pitches:
        {url}

        Pitchnight
        """)
    String withdrawn_erased(String company, Outbox.Night night, String url);
}
