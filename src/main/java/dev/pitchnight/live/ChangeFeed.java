package dev.pitchnight.live;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Tails {@code live_changes} and hands each new row to the subscribers of its night on this
 * instance. The database is the only thing instances share: a change written through any instance
 * reaches the pages open on every instance within one poll (100 ms by default).
 *
 * <p>Ids are handed out when a transaction inserts, not when it commits, so a row with a lower id
 * can appear after a higher one. The tail therefore keeps a low-water mark (every id up to it has
 * been seen) plus the ids seen above it, and re-reads from the mark until the gap fills; a gap that
 * stays for {@link #GAP_PATIENCE} (a rolled-back transaction) is skipped.
 */
@ApplicationScoped
public class ChangeFeed {

    /** One change as subscribers get it. */
    public record Change(long id, long eventId, String kind, String payload) {
    }

    /** Someone on this instance who wants a night's changes. */
    public interface Listener {
        void accept(Change change);
    }

    static final Duration GAP_PATIENCE = Duration.ofSeconds(5);
    private static final Logger LOG = Logger.getLogger(ChangeFeed.class);
    private static final int BATCH = 1000;

    private final AgroalDataSource database;
    private final Duration every;
    private final Map<Long, Set<Listener>> listeners = new ConcurrentHashMap<>();

    private long low = -1;
    private final TreeSet<Long> seenAbove = new TreeSet<>();
    private long gapSince;
    private volatile boolean running;
    private final AtomicLong rounds = new AtomicLong();
    private Thread tail;

    ChangeFeed(AgroalDataSource database, LiveConfig config) {
        this.database = database;
        this.every = config.poll();
    }

    void start(@Observes StartupEvent startup) {
        running = true;
        tail = Thread.ofPlatform().daemon().name("live-change-feed").start(this::run);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        if (tail != null) {
            tail.interrupt();
        }
    }

    public void subscribe(long eventId, Listener listener) {
        listeners.computeIfAbsent(eventId, id -> new CopyOnWriteArraySet<>()).add(listener);
    }

    public void unsubscribe(long eventId, Listener listener) {
        listeners.computeIfPresent(eventId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    /** Subscribers on this instance (for the health of the feed and tests). */
    public int subscribers() {
        return listeners.values().stream().mapToInt(Set::size).sum();
    }

    /** Changes of one night after {@code afterId}, oldest first: what a reconnecting page missed. */
    public List<Change> since(long eventId, long afterId, int limit) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT id, event_id, kind, payload FROM live_changes WHERE event_id = ? AND id > ? ORDER BY id LIMIT ?")) {
            select.setLong(1, eventId);
            select.setLong(2, afterId);
            select.setInt(3, limit);
            return read(select);
        }
    }

    /**
     * The ids of the night's latest committed changes up to {@code uptoId} (at most {@code limit}):
     * what a reconnecting page has already seen when it says its Last-Event-ID is {@code uptoId}.
     */
    public Set<Long> idsUpTo(long eventId, long uptoId, int limit) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT id FROM live_changes WHERE event_id = ? AND id <= ? ORDER BY id DESC LIMIT ?")) {
            select.setLong(1, eventId);
            select.setLong(2, uptoId);
            select.setInt(3, limit);
            Set<Long> ids = new HashSet<>();
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        }
    }

    private void run() {
        while (running) {
            try {
                poll();
                Thread.sleep(every);
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                LOG.warnf("The live change feed could not read the database (%s); retrying in a second.", e.getMessage());
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    /** How many rounds the tail has finished: what a test waits on instead of the clock. */
    long rounds() {
        return rounds.get();
    }

    /** One round: new rows to their subscribers, then move the low-water mark. */
    void poll() throws SQLException {
        try {
            pollOnce();
        } finally {
            rounds.incrementAndGet();
        }
    }

    private void pollOnce() throws SQLException {
        try (Connection connection = database.getConnection()) {
            if (low < 0) {
                try (PreparedStatement max = connection.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM live_changes");
                     ResultSet rows = max.executeQuery()) {
                    rows.next();
                    low = rows.getLong(1); // pages catch up on older changes through Last-Event-ID
                }
                return;
            }
            List<Change> changes;
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, event_id, kind, payload FROM live_changes WHERE id > ? ORDER BY id LIMIT " + BATCH)) {
                select.setLong(1, low);
                changes = read(select);
            }
            for (Change change : changes) {
                if (seenAbove.add(change.id())) {
                    deliver(change);
                }
            }
        }
        advance();
    }

    private void advance() {
        while (!seenAbove.isEmpty() && seenAbove.first() == low + 1) {
            low = seenAbove.pollFirst();
        }
        if (seenAbove.isEmpty()) {
            gapSince = 0;
            return;
        }
        long now = System.nanoTime();
        if (gapSince == 0) {
            gapSince = now;
        } else if (now - gapSince > GAP_PATIENCE.toNanos()) {
            low = seenAbove.first() - 1; // the missing ids were rolled back (or never existed)
            gapSince = 0;
            advance();
        }
    }

    private void deliver(Change change) {
        Set<Listener> set = listeners.get(change.eventId());
        if (set == null) {
            return;
        }
        for (Listener listener : set) {
            try {
                listener.accept(change);
            } catch (RuntimeException e) {
                LOG.debugf("A live subscriber failed: %s", e.getMessage());
            }
        }
    }

    private static List<Change> read(PreparedStatement select) throws SQLException {
        List<Change> changes = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                changes.add(new Change(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4)));
            }
        }
        return changes;
    }
}
