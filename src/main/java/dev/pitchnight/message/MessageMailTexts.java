package dev.pitchnight.message;

import dev.pitchnight.notify.Outbox;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * An organizer's message as a mail: the night's title before the subject, who wrote to whom,
 * then the message as written (Markdown: the mail's HTML part renders it). German texts are in
 * {@code messages/messagemail_de.properties}.
 */
@MessageBundle("messagemail")
public interface MessageMailTexts {

    @Message("{title}: {subject}")
    String subject(String title, String subject);

    @Message("""
        Hi {name},

        {organizer} wrote to {#if audience == 'CONFIRMED'}everyone with a seat at{#else if audience == 'WAITLISTED'}everyone on the waitlist for{#else}everyone with a place at{/if} {night.title} ({night.start.date}, {night.start.time} {night.start.zoneAbbreviation}):

        {body}

        The night: {url}

        Pitchnight
        """)
    String text(String name, String organizer, String audience, Outbox.Night night, String body, String url);
}
