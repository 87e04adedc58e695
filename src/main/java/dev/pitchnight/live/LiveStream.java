package dev.pitchnight.live;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The server-sent-event streams open on this instance. A new stream first gets what it missed
 * (changes after its Last-Event-ID, from the table), then every new change of its night from the
 * {@link ChangeFeed}; changes that arrive while it catches up wait, so none is lost or doubled,
 * and changes up to its Last-Event-ID that this instance's feed reports late are not sent again.
 */
@ApplicationScoped
public class LiveStream {

    /** More missed changes than this: the page reloads the state instead of replaying them. */
    static final int REPLAY_LIMIT = 500;

    private final ChangeFeed feed;
    private final Set<Subscriber> open = ConcurrentHashMap.newKeySet();

    LiveStream(ChangeFeed feed) {
        this.feed = feed;
    }

    /** Opens a stream of a night's changes after {@code afterId}. */
    public void open(long eventId, long afterId, SseEventSink sink, Sse sse) throws SQLException {
        Subscriber subscriber = new Subscriber(eventId, sink, sse);
        open.add(subscriber);
        feed.subscribe(eventId, subscriber); // first, so nothing committed during the replay is missed
        subscriber.hello(afterId);
        List<ChangeFeed.Change> missed = afterId > 0 ? feed.since(eventId, afterId, REPLAY_LIMIT + 1) : List.of();
        // What the page saw before it reconnected may still reach this instance's feed (another
        // instance told it first): not again. A change committed later with a lower id still comes.
        Set<Long> seen = afterId > 0 ? feed.idsUpTo(eventId, afterId, REPLAY_LIMIT) : Set.of();
        subscriber.replayed(missed, seen);
    }

    /** A comment every 15 s keeps proxies from closing quiet streams and finds closed ones. */
    @Scheduled(every = "15s", delayed = "15s")
    void heartbeat() {
        for (Subscriber subscriber : open) {
            subscriber.ping();
        }
    }

    void closeAll(@Observes ShutdownEvent shutdown) {
        for (Subscriber subscriber : open) {
            subscriber.close();
        }
    }

    /** Streams open on this instance. */
    public int size() {
        return open.size();
    }

    private final class Subscriber implements ChangeFeed.Listener {
        private final long eventId;
        private final SseEventSink sink;
        private final Sse sse;
        private List<ChangeFeed.Change> waiting = new ArrayList<>();
        private final Set<Long> replayedIds = new HashSet<>();

        Subscriber(long eventId, SseEventSink sink, Sse sse) {
            this.eventId = eventId;
            this.sink = sink;
            this.sse = sse;
        }

        @Override
        public synchronized void accept(ChangeFeed.Change change) {
            if (waiting != null) {
                waiting.add(change);
            } else if (!replayedIds.contains(change.id())) {
                send(change);
            }
        }

        synchronized void hello(long afterId) {
            // Not a change (no id): tells the page the stream is open and to retry after a second.
            emit(sse.newEventBuilder().name("ready").reconnectDelay(1000).data(String.valueOf(afterId))
                    .mediaType(MediaType.TEXT_PLAIN_TYPE).build());
        }

        synchronized void replayed(List<ChangeFeed.Change> missed, Set<Long> seen) {
            replayedIds.addAll(seen);
            if (missed.size() > REPLAY_LIMIT) {
                emit(sse.newEventBuilder().name("reset").data("reload").mediaType(MediaType.TEXT_PLAIN_TYPE).build());
            } else {
                for (ChangeFeed.Change change : missed) {
                    send(change);
                    replayedIds.add(change.id());
                }
            }
            for (ChangeFeed.Change change : waiting) {
                if (!replayedIds.contains(change.id())) {
                    send(change);
                }
            }
            waiting = null;
        }

        synchronized void ping() {
            if (sink.isClosed()) {
                close();
                return;
            }
            emit(sse.newEventBuilder().comment("keep-alive").build());
        }

        private void send(ChangeFeed.Change change) {
            emit(sse.newEventBuilder().id(String.valueOf(change.id())).name(change.kind()).data(change.payload())
                    .mediaType(MediaType.TEXT_PLAIN_TYPE).build());
        }

        private void emit(OutboundSseEvent event) {
            if (sink.isClosed()) {
                close();
                return;
            }
            sink.send(event).whenComplete((ok, failure) -> {
                if (failure != null) {
                    close();
                }
            });
        }

        void close() {
            feed.unsubscribe(eventId, this);
            open.remove(this);
            if (!sink.isClosed()) {
                try {
                    sink.close();
                } catch (RuntimeException ignored) {
                    // already gone
                }
            }
        }
    }
}
