package dev.pitchnight.account;

import dev.pitchnight.web.ServiceBusy;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;

/**
 * Writes people's names behind their requests. A request only notes the name (a map entry); one
 * thread writes what was noted in batches, one upsert of up to {@value #BATCH} rows per
 * transaction, and whatever arrives while it writes goes into the next batch. In a rush of
 * thousands of new people that is a few statements a second instead of one transaction per
 * person before their RSVP. A name not written yet is lost only if the instance dies within
 * those milliseconds; the person's next request notes it again.
 */
@ApplicationScoped
class NameWriter {

    private static final Logger LOG = Logger.getLogger(NameWriter.class);
    static final int BATCH = 200;
    /** After the first name of a batch, how long the writer waits for more: a rush's names go in few statements. */
    static final long LINGER_MS = 50;
    /** Beyond this many names waiting (the database away a long time), new ones wait for a later request. */
    private static final int MAX_PENDING = 50_000;

    private final AgroalDataSource database;
    private final Clock clock;
    /** Names noted and not yet written, by user name. */
    private final Map<String, String> pending = new ConcurrentHashMap<>();
    private final BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    /** What this instance last wrote per person, so that a known name costs a lookup. */
    private final Map<String, String> written = new ConcurrentHashMap<>();
    /** Held while a batch is written, and by {@link #drop}: an erased name is never written after. */
    private final ReentrantLock writing = new ReentrantLock();
    private volatile boolean running;
    private Thread thread;

    NameWriter(AgroalDataSource database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    void start(@Observes StartupEvent started) {
        running = true;
        thread = Thread.ofPlatform().daemon().name("pitchnight-names").start(this::run);
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.join(TimeUnit.SECONDS.toMillis(5)); // it writes what is left, then ends
        }
    }

    /** Notes a name; true when it is new or changed here (and will be written). */
    boolean note(String username, String name) {
        if (name.equals(written.get(username)) || name.equals(pending.get(username))) {
            return false;
        }
        if (pending.size() >= MAX_PENDING) {
            return false;
        }
        pending.put(username, name);
        queue.add(username);
        return true;
    }

    /** The name noted for this person and not written yet, or null. */
    String pending(String username) {
        return pending.get(username);
    }

    /** Forgets a noted name: after this returns, it is not written. */
    void drop(String username) {
        writing.lock();
        try {
            pending.remove(username);
            written.remove(username);
        } finally {
            writing.unlock();
        }
    }

    private void run() {
        List<String> batch = new ArrayList<>(BATCH);
        while (running || !queue.isEmpty()) {
            try {
                String first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LINGER_MS);
                for (long left; batch.size() < BATCH && (left = until - System.nanoTime()) > 0; ) {
                    if (queue.drainTo(batch, BATCH - batch.size()) == 0) {
                        String next = queue.poll(left, TimeUnit.NANOSECONDS);
                        if (next != null) {
                            batch.add(next);
                        }
                    }
                }
                if (!writeBatch(batch)) {
                    Thread.sleep(1000); // the database is away: try again in a second
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("The names writer failed", e);
            } finally {
                batch.clear();
            }
        }
    }

    /** Writes the names noted for these people; false (names kept for the next round) when it failed. */
    private boolean writeBatch(List<String> usernames) {
        writing.lock();
        try {
            Map<String, String> names = new LinkedHashMap<>();
            usernames.forEach(username -> {
                String name = pending.get(username);
                if (name != null) {
                    names.put(username, name);
                }
            });
            if (names.isEmpty()) {
                return true;
            }
            try {
                upsert(names);
            } catch (SQLException | RuntimeException e) {
                if (!ServiceBusy.isDatabaseUnavailable(e)) {
                    LOG.warnf(e, "Could not write %d display names; trying again", names.size());
                }
                queue.addAll(names.keySet());
                return false;
            }
            if (written.size() > 10_000) {
                written.clear();
            }
            names.forEach((username, name) -> {
                written.put(username, name);
                pending.remove(username, name); // unless it changed again meanwhile
            });
            return true;
        } finally {
            writing.unlock();
        }
    }

    /**
     * One statement for the whole batch, on its own (autocommit: a single statement needs no
     * transaction around it); safe when two instances race (MySQL and MariaDB alike).
     */
    private void upsert(Map<String, String> names) throws SQLException {
        StringBuilder sql = new StringBuilder("INSERT INTO people (username, display_name, updated_at) VALUES ");
        for (int i = 0; i < names.size(); i++) {
            sql.append(i == 0 ? "(?, ?, ?)" : ", (?, ?, ?)");
        }
        sql.append(" ON DUPLICATE KEY UPDATE display_name = VALUES(display_name), updated_at = VALUES(updated_at)");
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC); // the columns hold UTC
        try (Connection connection = database.getConnection();
             PreparedStatement insert = connection.prepareStatement(sql.toString())) {
            int at = 1;
            for (Map.Entry<String, String> name : names.entrySet()) {
                insert.setString(at++, name.getKey());
                insert.setString(at++, name.getValue());
                insert.setObject(at++, now);
            }
            insert.executeUpdate();
        }
    }
}
