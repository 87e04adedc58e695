package dev.pitchnight.rsvp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitchnight.event.Event;
import dev.pitchnight.event.MeetupGroup;
import dev.pitchnight.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Hundreds of people RSVP and cancel at once; afterwards the rows must tell a consistent story:
 * never more seats than capacity, counters equal to the rows, one row per person, strict
 * arrival order, and every acknowledged answer reflected in the database.
 */
@QuarkusTest
class RsvpRushTest {

    static final int CAPACITY = 40;
    static final int PEOPLE = 300;

    @Inject
    TestData data;

    @Inject
    RsvpDesk desk;

    @Test
    void concurrentJoinsAndCancelsKeepEveryInvariant() throws Exception {
        data.clear();
        MeetupGroup group = data.group("rush", "Rush Group");
        Event night = data.night(group, "Rush Night", CAPACITY, 1);
        Random random = new Random(42);
        Map<String, RsvpView> acknowledged = new ConcurrentHashMap<>();
        Map<String, Boolean> cancelled = new ConcurrentHashMap<>();

        ExecutorService clients = Executors.newFixedThreadPool(48);
        try {
            List<CompletableFuture<?>> requests = new ArrayList<>();
            List<String> people = new ArrayList<>();
            for (int i = 0; i < PEOPLE; i++) {
                people.add("rusher" + i);
            }
            for (String person : people) {
                int guests = random.nextInt(4) == 0 ? 1 : 0;
                requests.add(CompletableFuture.runAsync(() -> acknowledged.put(person,
                        desk.join(night.id, person, person + "@rush.test", guests).toCompletableFuture().join()), clients));
            }
            // While the rush goes on, a third of them change their minds.
            List<String> quitters = new ArrayList<>(people);
            Collections.shuffle(quitters, random);
            for (String person : quitters.subList(0, PEOPLE / 3)) {
                requests.add(CompletableFuture.runAsync(() -> {
                    try {
                        desk.leave(night.id, person).toCompletableFuture().join();
                        cancelled.put(person, true);
                    } catch (RuntimeException noRsvpYet) {
                        // The cancel overtook the RSVP: refused with 404, nothing changed.
                    }
                }, clients));
            }
            CompletableFuture.allOf(requests.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } finally {
            clients.shutdown();
            clients.awaitTermination(10, TimeUnit.SECONDS);
        }

        Event after = data.reload(night.id);
        List<Rsvp> rows = data.rsvps(night.id);

        // One row per person, and every acknowledged RSVP is there.
        assertThat(rows).extracting(rsvp -> rsvp.username).doesNotHaveDuplicates();
        assertThat(acknowledged).hasSize(PEOPLE);
        Map<String, Rsvp> byName = rows.stream().collect(Collectors.toMap(rsvp -> rsvp.username, rsvp -> rsvp));
        for (var answer : acknowledged.entrySet()) {
            Rsvp row = byName.get(answer.getKey());
            assertThat(row).as("row of %s", answer.getKey()).isNotNull();
            if (!cancelled.containsKey(answer.getKey())) {
                assertThat(row.status).as("%s never cancelled", answer.getKey()).isNotEqualTo(Rsvp.Status.CANCELLED);
                if (answer.getValue().status() == Rsvp.Status.CONFIRMED) {
                    assertThat(row.status).as("a confirmed seat is never taken back").isEqualTo(Rsvp.Status.CONFIRMED);
                }
            } else {
                assertThat(row.status).isEqualTo(Rsvp.Status.CANCELLED);
            }
        }

        // Never oversold, and the counters are the rows.
        int confirmedSeats = rows.stream().filter(r -> r.status == Rsvp.Status.CONFIRMED).mapToInt(r -> r.seats).sum();
        long waiting = rows.stream().filter(r -> r.status == Rsvp.Status.WAITLISTED).count();
        assertThat(confirmedSeats).isLessThanOrEqualTo(CAPACITY).isEqualTo(after.confirmedSeats);
        assertThat(waiting).isEqualTo(after.waitlistLength);
        assertThat(after.offeredSeats).isZero();

        // Strict arrival order: everyone seated arrived before everyone still waiting,
        // and the head of the waitlist does not fit in what is left.
        List<Rsvp> waitlist = rows.stream().filter(r -> r.status == Rsvp.Status.WAITLISTED).toList();
        if (!waitlist.isEmpty()) {
            long firstWaiting = waitlist.get(0).queueNo;
            assertThat(rows.stream().filter(r -> r.status == Rsvp.Status.CONFIRMED))
                    .allSatisfy(seated -> assertThat(seated.queueNo).isLessThan(firstWaiting));
            assertThat(confirmedSeats + waitlist.get(0).seats).isGreaterThan(CAPACITY);
        }
        assertThat(rows).extracting(rsvp -> rsvp.queueNo).doesNotHaveDuplicates();
    }
}
