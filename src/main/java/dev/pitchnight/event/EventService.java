package dev.pitchnight.event;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Groups and events: what is announced, and to whom it is visible. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EventService {

    private final Clock clock;

    EventService(Clock clock) {
        this.clock = clock;
    }

    /** Published nights that have not ended yet, soonest first, with their groups loaded. */
    public List<Event> upcoming() {
        return Event.<Event>find("from Event e join fetch e.group where e.status = :status and e.endsAt > :now order by e.startsAt, e.id",
                        Parameters.with("status", Event.Status.PUBLISHED).and("now", clock.instant()))
                .list();
    }

    /** A night anyone may see: published, cancelled or completed, never a draft. */
    public Optional<Event> publicEvent(long id) {
        return Event.<Event>find("from Event e join fetch e.group where e.id = :id and e.status <> :draft",
                        Parameters.with("id", id).and("draft", Event.Status.DRAFT))
                .firstResultOptional();
    }
}
