package dev.pitchnight.agenda;

import dev.pitchnight.event.NightCopied;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.List;

/**
 * The run of show of a copied night ("Announce the next night"): every non-pitch item (doors, intro, break,
 * networking, others) at the same place and length, so each starts at the same offset from the night's start.
 * Pitch slots belong to startups that have not applied yet: each run of consecutive slots becomes one
 * placeholder item ("Pitches (slots to fill)") as long as the slots were, which the organizer replaces with
 * the new night's slots.
 */
@ApplicationScoped
class AgendaCopies {

    private final Clock clock;

    AgendaCopies(Clock clock) {
        this.clock = clock;
    }

    void onNightCopied(@Observes NightCopied copied) {
        List<AgendaItem> items = AgendaItem.list("eventId = ?1 order by position", copied.original().id);
        String placeholderTitle = words(copied.language()).agenda_pitch_placeholder();
        int position = 0;
        AgendaItem placeholder = null;
        for (AgendaItem item : items) {
            if (item.kind == AgendaItem.Kind.PITCH) {
                if (placeholder == null) {
                    placeholder = newItem(copied.copy().id, ++position, AgendaItem.Kind.OTHER, placeholderTitle);
                }
                placeholder.minutes += item.totalMinutes();
                continue;
            }
            if (placeholder != null) {
                placeholder.persist();
                placeholder = null;
            }
            AgendaItem copy = newItem(copied.copy().id, ++position, item.kind, item.title);
            copy.minutes = item.minutes;
            copy.qaMinutes = item.qaMinutes;
            copy.persist();
        }
        if (placeholder != null) {
            placeholder.persist();
        }
    }

    private AgendaItem newItem(long eventId, int position, AgendaItem.Kind kind, String title) {
        AgendaItem item = new AgendaItem();
        item.eventId = eventId;
        item.position = position;
        item.kind = kind;
        item.title = title;
        item.createdAt = clock.instant();
        return item;
    }

    private static AgendaMessages words(String language) {
        return "de".equals(language) ? MessageBundles.get(AgendaMessages.class, Localized.Literal.of("de"))
                : MessageBundles.get(AgendaMessages.class);
    }
}
