package dev.pitchnight.event;

import dev.pitchnight.notify.Outbox;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The groups feature's mail: a new night announced to the members. German in {@code messages/eventmail_de.properties}. */
@MessageBundle("eventmail")
public interface NightMailTexts {

    @Message("New pitch night: {title}")
    String new_night_subject(String title);

    @Message("""
        Hi {name},

        {group} announced a new pitch night: {night.title}.

        When:  {night.start.date}, {night.start.time} {night.start.zoneAbbreviation}
        {#if night.venue}Where: {night.venue}
        {/if}
        Seats go first come, first served. RSVP here:
        {url}

        Pitchnight
        """)
    String new_night(String name, String group, Outbox.Night night, String url);
}
