package dev.pitchnight.live;

import static dev.pitchnight.live.LiveData.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The live stream: changes reach an open stream within a second, also those written by another
 * instance (a row in the change log from a transaction of its own), and a reconnect with
 * Last-Event-ID gets exactly what it missed.
 */
@QuarkusTest
class LiveStreamTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    LiveData data;

    LiveData.Night night;
    final List<Thread> readers = new ArrayList<>();

    record Received(String id, String name, String data, long atNanos) {
    }

    @BeforeEach
    void night() {
        night = data.night();
    }

    @AfterEach
    void stopReading() {
        readers.forEach(Thread::interrupt);
    }

    /** Opens the stream and reads its events into a queue, on a thread of its own. */
    BlockingQueue<Received> open(String lastEventId, String query) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "api/events/" + night.eventId() + "/live/stream" + query))
                .header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        BlockingQueue<Received> events = new LinkedBlockingQueue<>();
        readers.add(Thread.ofVirtual().start(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String id = null, name = null;
                StringBuilder payload = new StringBuilder();
                for (String line; (line = lines.readLine()) != null; ) {
                    if (line.isEmpty()) {
                        if (name != null || payload.length() > 0) {
                            events.add(new Received(id, name, payload.toString(), System.nanoTime()));
                        }
                        id = null;
                        name = null;
                        payload.setLength(0);
                    } else if (line.startsWith("id:")) {
                        id = line.substring(3).strip();
                    } else if (line.startsWith("event:")) {
                        name = line.substring(6).strip();
                    } else if (line.startsWith("data:")) {
                        payload.append(line.substring(5).strip());
                    }
                }
            } catch (Exception ignored) {
                // closed by the test
            }
        }));
        Received ready = events.poll(5, TimeUnit.SECONDS);
        assertThat(ready).isNotNull();
        assertThat(ready.name()).isEqualTo("ready");
        return events;
    }

    static Received next(BlockingQueue<Received> events) throws InterruptedException {
        Received received = events.poll(3, TimeUnit.SECONDS);
        assertThat(received).as("an event within 3 s").isNotNull();
        return received;
    }

    @Test
    void aChangeReachesAnOpenStreamWithinASecond() throws Exception {
        BlockingQueue<Received> events = open(null, "");
        long sent = System.nanoTime();
        as("olivia").post("/api/events/" + night.eventId() + "/live/start").then().statusCode(200);
        Received live = next(events);
        assertThat(live.name()).isEqualTo("live");
        assertThat(live.data()).contains("\"phase\":\"PITCH\"").contains("Acme Robotics");
        assertThat(Long.parseLong(live.id())).isEqualTo(data.changes(night.eventId()).get(0).id);
        assertThat(Duration.ofNanos(live.atNanos() - sent)).isLessThan(Duration.ofSeconds(1));

        as("alice").body("{\"text\":\"What is your moat?\",\"anonymous\":true}")
                .post("/api/slots/" + night.acmeSlot() + "/questions").then().statusCode(201);
        Received question = next(events);
        assertThat(question.name()).isEqualTo("question");
        assertThat(question.data()).contains("What is your moat?").doesNotContain("alice");
    }

    @Test
    void aChangeWrittenByAnotherInstanceReachesThisInstancesStreams() throws Exception {
        BlockingQueue<Received> events = open(null, "");
        // Another instance shares nothing with this one but the database: its change is just a committed row.
        long id = data.foreignChange(night.eventId(), "vote", "{\"id\":1,\"votes\":7}");
        Received vote = next(events);
        assertThat(vote.id()).isEqualTo(String.valueOf(id));
        assertThat(vote.name()).isEqualTo("vote");
        assertThat(vote.data()).isEqualTo("{\"id\":1,\"votes\":7}");
    }

    @Inject
    AgroalDataSource database;

    @Inject
    ChangeFeed feed;

    /** Waits (at most 3 s) until the feed has finished this many rounds. */
    void awaitRounds(long rounds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        while (feed.rounds() < rounds) {
            assertThat(System.nanoTime()).as("the feed keeps polling").isLessThan(deadline);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
    }

    long insertChange(Connection connection, String payload) throws Exception {
        try (var insert = connection.prepareStatement(
                "INSERT INTO live_changes (event_id, kind, payload, created_at) VALUES (?, 'vote', ?, UTC_TIMESTAMP(6))",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, night.eventId());
            insert.setString(2, payload);
            insert.executeUpdate();
            try (var keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    @Test
    void aChangeThatCommitsAfterALaterOneIsStillDelivered() throws Exception {
        BlockingQueue<Received> events = open(null, "");
        try (Connection slow = database.getConnection(); Connection fast = database.getConnection()) {
            slow.setAutoCommit(false);
            fast.setAutoCommit(true);
            long earlier = insertChange(slow, "{\"n\":\"slow\"}"); // takes its id first, commits last
            long later = insertChange(fast, "{\"n\":\"fast\"}");
            assertThat(later).isGreaterThan(earlier);
            assertThat(next(events).id()).isEqualTo(String.valueOf(later));
            awaitRounds(feed.rounds() + 2); // the feed has polled past the gap meanwhile
            slow.commit();
            Received late = next(events);
            assertThat(late.id()).isEqualTo(String.valueOf(earlier));
            assertThat(late.data()).contains("slow");
        }
        assertThat(events.poll(500, TimeUnit.MILLISECONDS)).as("nothing twice").isNull();
    }

    @Test
    void aReconnectRightAfterAChangeDoesNotGetThatChangeAgain() throws Exception {
        // The page saw the change through another instance and reconnects here before this
        // instance's feed has read it (it polls every 100 ms): the feed's late report is not sent.
        for (int attempt = 0; attempt < 5; attempt++) {
            long seen = data.foreignChange(night.eventId(), "vote", "{\"n\":\"seen\"}");
            BlockingQueue<Received> events = open(String.valueOf(seen), "");
            long fresh = data.foreignChange(night.eventId(), "vote", "{\"n\":\"fresh\"}");
            assertThat(next(events).id()).as("attempt %d", attempt).isEqualTo(String.valueOf(fresh));
            assertThat(events.poll(300, TimeUnit.MILLISECONDS)).as("nothing twice").isNull();
        }
    }

    @Test
    void aReconnectWithLastEventIdGetsWhatItMissedOnceAndInOrder() throws Exception {
        long first = data.foreignChange(night.eventId(), "vote", "{\"n\":1}");
        long second = data.foreignChange(night.eventId(), "vote", "{\"n\":2}");
        long third = data.foreignChange(night.eventId(), "vote", "{\"n\":3}");
        BlockingQueue<Received> events = open(String.valueOf(first), "");
        assertThat(next(events).id()).isEqualTo(String.valueOf(second));
        assertThat(next(events).id()).isEqualTo(String.valueOf(third));
        long fourth = data.foreignChange(night.eventId(), "vote", "{\"n\":4}");
        assertThat(next(events).id()).isEqualTo(String.valueOf(fourth));
        assertThat(events.poll(500, TimeUnit.MILLISECONDS)).as("nothing twice").isNull();

        // ?since= does the same for a page's first connection (it read the state at changeId).
        BlockingQueue<Received> fromState = open(null, "?since=" + third);
        assertThat(next(fromState).id()).isEqualTo(String.valueOf(fourth));
    }

    @Test
    void aDraftNightsStreamIsNotPublicButItsStageLinkOpensIt() throws Exception {
        data.draft(night.eventId());
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "api/events/" + night.eventId() + "/live/stream")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(404);
        String key = as("olivia").get("/api/events/" + night.eventId() + "/live/stage").then().statusCode(200)
                .extract().path("stageKey");
        BlockingQueue<Received> events = open(null, "?key=" + key);
        long id = data.foreignChange(night.eventId(), "live", "{}");
        assertThat(next(events).id()).isEqualTo(String.valueOf(id));
    }
}
