package dev.pitchnight.rsvp;

import dev.pitchnight.i18n.Languages;
import dev.pitchnight.i18n.RequestLanguage;
import dev.pitchnight.i18n.Speakers;
import dev.pitchnight.web.Refusal;
import dev.pitchnight.web.ServiceBusy;
import io.quarkus.arc.Arc;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Where RSVP requests queue up, one lane per night. A lane's worker takes everything that has
 * arrived, applies it in arrival order in <em>one</em> transaction ({@link RsvpService#apply})
 * and answers each request only after that transaction committed. While it commits, the next
 * requests gather for the following transaction. A rush on one night therefore costs one
 * row lock and one commit per batch instead of per request, and a quiet night answers at once.
 *
 * <p>Nothing here is needed by another instance: the event's row lock serializes batches
 * across instances, and an answer is only given for what the database has committed. If an
 * instance dies, requests it had not answered were not committed either.
 */
@ApplicationScoped
public class RsvpDesk {

    private static final Logger LOG = Logger.getLogger(RsvpDesk.class);
    /** Upper bound of one transaction, so that a huge rush still commits in steady steps. */
    static final int MAX_BATCH = 256;

    private final RsvpService service;
    private final Map<Long, Lane> lanes = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();

    RsvpDesk(RsvpService service) {
        this.service = service;
    }

    /** RSVP yes with this many guests (or change them); completes once committed. A negative number fails at once. */
    public CompletionStage<RsvpView> join(long eventId, String username, String email, int guests) {
        try {
            Guests.requireAtLeastZero(guests);
        } catch (Refusal refusal) {
            return CompletableFuture.failedFuture(refusal);
        }
        return submit(eventId, new RsvpCommand.Join(username, guests, email));
    }

    /** Take the seat held for them; completes once committed. */
    public CompletionStage<RsvpView> accept(long eventId, String username) {
        return submit(eventId, new RsvpCommand.Accept(username));
    }

    /** Give up the place (declining an offer passes it on); completes once committed. */
    public CompletionStage<RsvpView> leave(long eventId, String username) {
        return submit(eventId, new RsvpCommand.Leave(username));
    }

    /** Queues the command and completes with the committed RSVP, or fails with the refusal. */
    CompletionStage<RsvpView> submit(long eventId, RsvpCommand command) {
        Pending pending = new Pending(command, new CompletableFuture<>(), requestLanguage());
        Lane lane = lanes.computeIfAbsent(eventId, Lane::new);
        lane.queue.add(pending);
        if (lane.draining.compareAndSet(false, true)) {
            workers.execute(lane::drain);
        }
        return pending.answer;
    }

    @PreDestroy
    void shutdown() {
        workers.shutdown();
    }

    private record Pending(RsvpCommand command, CompletableFuture<RsvpView> answer, Locale language) {
    }

    /** The language of the person asking, so that their mail (written on the lane's thread) uses it. */
    private static Locale requestLanguage() {
        return Arc.container().requestContext().isActive()
                ? Arc.container().instance(RequestLanguage.class).get().locale()
                : Languages.ENGLISH;
    }

    private final class Lane {
        final long eventId;
        final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
        final AtomicBoolean draining = new AtomicBoolean();

        Lane(long eventId) {
            this.eventId = eventId;
        }

        void drain() {
            while (true) {
                List<Pending> batch = new ArrayList<>();
                for (Pending next; batch.size() < MAX_BATCH && (next = queue.poll()) != null; ) {
                    batch.add(next);
                }
                if (batch.isEmpty()) {
                    draining.set(false);
                    // A request may have arrived between the last poll and the reset.
                    if (queue.isEmpty() || !draining.compareAndSet(false, true)) {
                        return;
                    }
                    continue;
                }
                process(batch);
            }
        }

        private void process(List<Pending> batch) {
            List<RsvpService.Outcome> outcomes;
            try {
                Map<String, Locale> speakers = new HashMap<>();
                batch.forEach(pending -> speakers.put(pending.command().username(), pending.language()));
                outcomes = Speakers.with(speakers, () -> service.apply(eventId, batch.stream().map(Pending::command).toList()));
            } catch (RuntimeException failure) {
                LOG.warnf(failure, "RSVP batch of %d for event %d failed; none of it was committed", batch.size(), eventId);
                ServiceBusy busy = new ServiceBusy((Refusal.Words) m -> m.rsvp_busy(), failure);
                batch.forEach(pending -> pending.answer.completeExceptionally(busy));
                return;
            }
            for (int i = 0; i < batch.size(); i++) {
                RsvpService.Outcome outcome = outcomes.get(i);
                if (outcome.refusal() != null) {
                    batch.get(i).answer.completeExceptionally(outcome.refusal());
                } else {
                    batch.get(i).answer.complete(RsvpView.of(outcome.rsvp(), outcome.position()));
                }
            }
        }
    }
}
