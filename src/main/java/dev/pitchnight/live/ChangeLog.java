package dev.pitchnight.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;

/** Appends live changes in the caller's transaction: committed with the change, or not at all. */
@ApplicationScoped
public class ChangeLog {

    /** Kinds of change, the server-sent event's name. */
    public static final String LIVE = "live";
    public static final String QUESTION = "question";
    public static final String VOTE = "vote";
    public static final String AWARD = "award";

    private final ObjectMapper json;
    private final Clock clock;

    ChangeLog(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(long eventId, String kind, Object payload) {
        LiveChange change = new LiveChange();
        change.eventId = eventId;
        change.kind = kind;
        try {
            change.payload = json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A live change could not be written as JSON", e);
        }
        change.createdAt = clock.instant();
        change.persist();
    }

    /**
     * Replaces a piece of the night's changes of one kind as they were written (a person's name,
     * once they are erased), so a page that reconnects and reads them again never gets it back.
     * {@code from} and {@code to} are JSON fragments, so the payloads stay JSON.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rewrite(long eventId, String kind, String from, String to) {
        LiveChange.getEntityManager().createNativeQuery(
                        "UPDATE live_changes SET payload = REPLACE(payload, ?3, ?4) WHERE event_id = ?1 AND kind = ?2")
                .setParameter(1, eventId).setParameter(2, kind).setParameter(3, from).setParameter(4, to).executeUpdate();
    }

    /** A fragment of JSON: {@code "name":<value as a JSON string>}. */
    public String field(String name, String value) {
        try {
            return json.writeValueAsString(name) + ":" + json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Changes older than two days are of no use to a reconnecting page (it reloads the state when
     * it missed too much); every instance trims a slice each hour, which is safe to run twice.
     */
    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void trim() {
        LiveChange.getEntityManager().createNativeQuery("DELETE FROM live_changes WHERE created_at < ?1 LIMIT 10000")
                .setParameter(1, clock.instant().minus(Duration.ofDays(2))).executeUpdate();
    }

    /** The newest change of a night (0 if none): where a page that just read the state starts listening. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long latest(long eventId) {
        Object max = LiveChange.getEntityManager()
                .createQuery("select max(c.id) from LiveChange c where c.eventId = ?1")
                .setParameter(1, eventId).getSingleResult();
        return max == null ? 0 : ((Number) max).longValue();
    }
}
