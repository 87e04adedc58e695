package dev.pitchnight.message;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the organizer's messages page; German texts in {@code messages/messagemsg_de.properties}. */
@MessageBundle("messagemsg")
public interface MessageWords {

    @Message("Messages")
    String messages_title();

    @Message("Write to the people coming: doors moved, bring your badge, the slides. Each gets a mail; people who RSVP later do not get old messages. At most {max} messages an hour.")
    String messages_intro(int max);

    @Message("To")
    String messages_audience();

    @Message("Everyone with a seat")
    String messages_audience_confirmed();

    @Message("Everyone on the waitlist")
    String messages_audience_waitlisted();

    @Message("Both")
    String messages_audience_all();

    @Message("Subject")
    String messages_subject();

    @Message("Message")
    String messages_body();

    @Message("Markdown: **bold**, *italic*, lists, links.")
    String messages_body_hint();

    @Message("Send")
    String messages_send();

    @Message("Sent to {count} {#if count == 1}person{#else}people{/if}.")
    String messages_sent_notice(int count);

    @Message("Sent")
    String messages_sent_title();

    @Message("No messages yet.")
    String messages_none();

    @Message("When")
    String messages_when();

    @Message("Recipients")
    String messages_recipients();

    @Message("By")
    String messages_by();

    // Refusals (through MessageRefusals)


    @Message("is required")
    String required();

    @Message("must be at most {max} characters")
    String at_most_characters(int max);

    @Message("must be one line")
    String one_line();

    @Message("must be CONFIRMED, WAITLISTED or ALL")
    String audience();

    @Message("Please check the marked fields.")
    String check_marked_fields();

    @Message("Too many messages")
    String too_many_title();

    @Message("{title} has had {sent} messages in the last hour, the most there may be. The next one can go in {minutes} minutes.")
    String too_many(String title, int sent, long minutes);

    @Message("Night not open")
    String not_open_title();

    @Message("{title} is not published (a draft, or cancelled): there is nobody coming to write to.")
    String not_open(String title);
}
