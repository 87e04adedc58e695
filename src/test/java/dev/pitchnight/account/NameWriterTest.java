package dev.pitchnight.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Names are written behind the request: shown at once, written within moments, never after an erasure. */
@QuarkusTest
class NameWriterTest {

    @Inject
    People people;

    @Inject
    EntityManager em;

    @Test
    void aNotedNameShowsAtOnceAndIsWrittenBehindInBatches() {
        String prefix = "nw-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        List<String> usernames = IntStream.range(0, 450).mapToObj(i -> prefix + i).toList();
        usernames.forEach(username -> people.note(username, "  Person " + username + "  "));

        assertThat(people.name(prefix + 7)).as("shown by this instance before it is written").isEqualTo("Person " + prefix + 7);
        assertThat(people.names(List.of(prefix + 1, prefix + 2)).values())
                .containsExactlyInAnyOrder("Person " + prefix + 1, "Person " + prefix + 2);

        assertThat(rowsWithin(prefix, 450, 5000)).as("all 450 written, in batches of %d", NameWriter.BATCH).isEqualTo(450);
        assertThat(QuarkusTransaction.requiringNew().call(() -> people.stored(prefix + 449))).isEqualTo("Person " + prefix + 449);

        people.note(prefix + 3, "Renamed Person");
        assertThat(people.name(prefix + 3)).isEqualTo("Renamed Person");
        waitUntil(() -> "Renamed Person".equals(storedName(prefix + 3)), 5000);
        assertThat(storedName(prefix + 3)).as("a changed name is written again").isEqualTo("Renamed Person");
    }

    @Test
    void anErasedPersonsNameIsNeverWrittenAfterwards() {
        String username = "nw-erased-" + UUID.randomUUID().toString().substring(0, 8);
        people.note(username, "Erin Gone");
        QuarkusTransaction.requiringNew().run(() -> people.forget(username));

        waitUntil(() -> false, 600); // longer than the writer takes for a batch
        assertThat(storedName(username)).as("no row: whether the writer came first or not").isNull();
        assertThat(people.name(username)).as("nothing left in memory either").isEqualTo(username);
    }

    private long rowsWithin(String prefix, long expected, long millis) {
        waitUntil(() -> count(prefix) >= expected, millis);
        return count(prefix);
    }

    private long count(String prefix) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("SELECT COUNT(*) FROM people WHERE username LIKE ?1")
                .setParameter(1, prefix + "%").getSingleResult()).longValue());
    }

    private String storedName(String username) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Person person = em.find(Person.class, username);
            return person == null ? null : person.displayName;
        });
    }

    private static void waitUntil(java.util.function.BooleanSupplier done, long millis) {
        long until = System.currentTimeMillis() + millis;
        while (!done.getAsBoolean() && System.currentTimeMillis() < until) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
