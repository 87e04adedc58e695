package dev.pitchnight.notify;

/**
 * The kinds of mail a person may turn off on {@code /account/notifications} (or with a mail's
 * one-click unsubscribe). Confirmations, waitlist changes and offers have no topic: they always go.
 */
public enum MailTopic {
    /** "New pitch night: …", to the members of the group that announced it. */
    NEW_NIGHTS,
    /** The day-before reminder, and the reminder before a held seat's deadline. */
    REMINDERS,
    /** What the organizers of a night write to the people coming. */
    ORGANIZER_MESSAGES
}
