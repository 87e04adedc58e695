package dev.pitchnight.notify;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words every mail shares (its footer) and the words of the mail settings pages
 * ({@code /account/notifications}, {@code /unsubscribe/…}). German texts are in
 * {@code messages/mailmsg_de.properties}.
 */
@MessageBundle("mailmsg")
public interface MailMessages {

    // --- Every mail's footer ----------------------------------------------------------------

    @Message("You get this mail because you are a member of the group and new nights are announced to its members.")
    String footer_new_nights();

    @Message("You get this reminder because you hold a place at this night.")
    String footer_reminders();

    @Message("You get this message because you RSVPed to this night and its organizers wrote to the people coming.")
    String footer_organizer_messages();

    @Message("You get this mail because it is about your place, your pitch or a night you RSVPed to.")
    String footer_always();

    @Message("Unsubscribe from these mails")
    String footer_unsubscribe_topic();

    @Message("Stop all optional mails")
    String footer_unsubscribe_all();

    @Message("Your mail settings")
    String footer_settings();

    @Message("Pitchnight")
    String brand();

    // --- /account/notifications ---------------------------------------------------------------

    @Message("Mail settings")
    String settings_title();

    @Message("Choose which mails you get. Answers to what you do yourself, waitlist changes, seats offered to you and news of nights you hold a place at (changed or cancelled) always go.")
    String settings_intro();

    @Message("New nights of my groups")
    String settings_new_nights();

    @Message("A mail when a group I belong to announces a night.")
    String settings_new_nights_hint();

    @Message("Reminders")
    String settings_reminders();

    @Message("The day before a night I hold a seat at, and before a seat held for me runs out.")
    String settings_reminders_hint();

    @Message("Messages from organizers")
    String settings_organizer_messages();

    @Message("What the organizers of a night I RSVPed to write to the people coming.")
    String settings_organizer_messages_hint();

    @Message("Save")
    String settings_save();

    @Message("Saved.")
    String settings_saved();

    @Message("Mail settings")
    String settings_link();

    // --- /unsubscribe/{token} -----------------------------------------------------------------

    @Message("Unsubscribe")
    String unsubscribe_title();

    @Message("Stop {topic} for {username}?")
    String unsubscribe_question(String topic, String username);

    @Message("{username} no longer gets {topic}.")
    String unsubscribe_done(String topic, String username);

    @Message("all optional mails (new nights, reminders, messages from organizers)")
    String unsubscribe_all();

    @Message("mails about new nights of your groups")
    String unsubscribe_new_nights();

    @Message("reminders")
    String unsubscribe_reminders();

    @Message("messages from organizers")
    String unsubscribe_organizer_messages();

    @Message("Unsubscribe")
    String unsubscribe_button();

    @Message("Confirmations, waitlist changes and seats offered to you still come. Signed in, you can choose each kind of mail:")
    String unsubscribe_still();

    @Message("This unsubscribe link is not valid. It may have been cut off: open it from the mail again, or sign in and choose your mails in your settings.")
    String unsubscribe_invalid();
}
