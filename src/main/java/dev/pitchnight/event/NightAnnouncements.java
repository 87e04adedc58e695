package dev.pitchnight.event;

import dev.pitchnight.account.People;
import dev.pitchnight.i18n.Languages;
import dev.pitchnight.notify.Letter;
import dev.pitchnight.notify.MailTopic;
import dev.pitchnight.notify.NotificationPreferences;
import dev.pitchnight.notify.Outbox;
import dev.pitchnight.notify.OutboxMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "New pitch night: …": when a night is published, each member of its group who wants such mails
 * (and left an address when joining) gets one, queued in the publishing transaction. The outbox
 * key names the night and the member, so a night is announced to a person once, however often it
 * is published again or by however many instances at once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class NightAnnouncements {

    private final Outbox outbox;
    private final NotificationPreferences preferences;
    private final People people;

    NightAnnouncements(Outbox outbox, NotificationPreferences preferences, People people) {
        this.outbox = outbox;
        this.preferences = preferences;
        this.people = people;
    }

    /** Mails the group's members (but the one who published) that the night is announced. */
    void published(Event event, String publisher) {
        List<GroupMember> members = GroupMember.<GroupMember>list("group = ?1 and email is not null order by id", event.group)
                .stream().filter(member -> !member.username.equals(publisher) && !member.email.isBlank()).toList();
        if (members.isEmpty()) {
            return;
        }
        List<String> usernames = members.stream().map(member -> member.username).toList();
        Set<String> declining = preferences.declining(MailTopic.NEW_NIGHTS, usernames);
        Map<String, String> names = people.names(usernames);
        Outbox.Night night = new Outbox.Night(event.id, event.title, event.localStart(), event.venueName);
        // Somebody else's action, so in English (Outbox.languageFor): nobody's language is stored.
        NightMailTexts words = Outbox.words(NightMailTexts.class, Languages.ENGLISH);
        for (GroupMember member : members) {
            if (declining.contains(member.username)) {
                continue;
            }
            outbox.queue(Letter.of(OutboxMail.Kind.NEW_NIGHT, event.id + ":" + member.username, member.username,
                    member.email, night, Languages.ENGLISH, words.new_night_subject(event.title),
                    words.new_night(names.get(member.username), event.group.name, night, outbox.url(night))));
        }
    }
}
