// The live-night benchmark (`bin/bench live`): server-sent-event viewers spread over the app
// instances, changes (questions and votes) posted at a steady rate through one instance, and the
// time each change takes to reach each viewer.
//
//   java -cp '<mysql-connector-j.jar>:<app>/lib/main/*' bench/Live.java setup <jdbc-url> <user> <password> <event-id> <writers>
//       Gives the bench night an accepted pitch, a 60-minute pitch slot on stage (live state PITCH,
//       questions post-moderated), and confirmed seats for bench-00001 … bench-<writers>.
//       Prints the slot id.
//   java -cp '<app>/lib/main/*' bench/Live.java run --targets <url,url> --event <id> --slot <id> --tokens <file>
//                            --viewers V --rate R --duration S
//       Opens V streams (viewer i on target i mod n), waits until all are open, posts R changes a
//       second for --warmup seconds (5; not counted), then R changes a second for S seconds to the first target: every fifth a question by the next writer, the
//       others upvotes of the newest question by writers who have not voted on it yet. A change is
//       recognised on the streams by its payload (question id; question id and vote count). Prints
//       FIGURES changes=… delivered=… lost=… p50_ms=… p99_ms=… write_errors=… rate_per_s=…
//
// Latency = arrival on the stream − the moment the writer sent the request (commit, the change
// feed's poll, and delivery together). All on this machine, so the clocks agree.

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class Live {

    public static void main(String[] args) throws Exception {
        switch (args.length > 0 ? args[0] : "") {
            case "setup" -> setup(args);
            case "run" -> run(options(Arrays.copyOfRange(args, 1, args.length)));
            default -> {
                System.err.println("usage: setup <jdbc-url> <user> <password> <event-id> <writers> | run --targets … ");
                System.exit(2);
            }
        }
    }

    // --- setup ------------------------------------------------------------------------------------

    static void setup(String[] args) throws Exception {
        long event = Long.parseLong(args[4]);
        int writers = Integer.parseInt(args[5]);
        try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
            db.setAutoCommit(false);
            long pitch = insert(db, """
                    INSERT INTO pitches (event_id, founder, founder_name, company, one_liner, problem, stage, contact_email,
                                         status, created_at, updated_at)
                    VALUES (?, 'bench-founder', 'Bench Founder', 'Bench Robotics', 'Robots that run benchmarks',
                            'Benchmarks are slow.', 'PROTOTYPE', 'founder@bench.invalid', 'ACCEPTED', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))""",
                    event);
            long slot = insert(db, """
                    INSERT INTO agenda_items (event_id, position, kind, minutes, qa_minutes, pitch_id, created_at)
                    VALUES (?, 1, 'PITCH', 60, 0, ?, UTC_TIMESTAMP(6))""", event, pitch);
            try (PreparedStatement rsvp = db.prepareStatement("""
                    INSERT INTO rsvps (event_id, username, guests, seats, status, queue_no, confirmed_at, created_at, updated_at)
                    VALUES (?, ?, 0, 1, 'CONFIRMED', ?, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))""")) {
                for (int i = 1; i <= writers; i++) {
                    rsvp.setLong(1, event);
                    rsvp.setString(2, String.format(Locale.ROOT, "bench-%05d", i));
                    rsvp.setLong(3, i);
                    rsvp.addBatch();
                }
                rsvp.executeBatch();
            }
            try (PreparedStatement counters = db.prepareStatement(
                    "UPDATE events SET confirmed_seats = ?, queue_seq = ?, capacity = GREATEST(capacity, ?) WHERE id = ?")) {
                counters.setInt(1, writers);
                counters.setInt(2, writers);
                counters.setInt(3, writers);
                counters.setLong(4, event);
                counters.executeUpdate();
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            try (PreparedStatement live = db.prepareStatement("""
                    INSERT INTO live_nights (event_id, stage_key, item_id, phase, phase_started_at, moderation, award, updated_at)
                    VALUES (?, ?, ?, 'PITCH', UTC_TIMESTAMP(6), 'POST', 'NONE', UTC_TIMESTAMP(6))""")) {
                live.setLong(1, event);
                live.setString(2, Base64.getUrlEncoder().withoutPadding().encodeToString(key));
                live.setLong(3, slot);
                live.executeUpdate();
            }
            db.commit();
            System.out.println(slot);
        }
    }

    static long insert(Connection db, String sql, Object... values) throws Exception {
        try (PreparedStatement insert = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                insert.setObject(i + 1, values[i]);
            }
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    // --- run --------------------------------------------------------------------------------------

    static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    static final Pattern VOTES = Pattern.compile("\"votes\":(\\d+)");

    /** What one viewer saw: change key → arrival (System.nanoTime()). */
    static final class Viewer {
        final Map<String, Long> seen = new ConcurrentHashMap<>();
        volatile boolean ready;
        volatile String failure;
    }

    static void run(Map<String, String> opt) throws Exception {
        String[] targets = opt.get("targets").split(",");
        long event = Long.parseLong(opt.get("event"));
        long slot = Long.parseLong(opt.get("slot"));
        int viewers = Integer.parseInt(opt.getOrDefault("viewers", "1000"));
        double rate = Double.parseDouble(opt.getOrDefault("rate", "5"));
        int seconds = Integer.parseInt(opt.getOrDefault("duration", "20"));
        List<String[]> tokens = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(opt.get("tokens")))) {
            String[] parts = line.split("\t", 2);
            if (parts.length == 2) {
                tokens.add(parts);
            }
        }
        int writers = Integer.parseInt(opt.getOrDefault("writers", String.valueOf(tokens.size())));
        tokens = tokens.subList(0, Math.min(writers, tokens.size()));
        if (tokens.size() < 6) {
            throw new IllegalArgumentException("Need at least 6 writers' tokens.");
        }

        // The viewers: Vert.x on one event-loop thread (the app's own jars), a few microseconds per event
        // received, so that thousands of streams measure the app, not this client.
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setBlockedThreadCheckInterval(60_000));
        io.vertx.core.http.HttpClient[] streams = new io.vertx.core.http.HttpClient[targets.length];
        for (int t = 0; t < targets.length; t++) {
            URI target = URI.create(targets[t]);
            streams[t] = vertx.createHttpClient(new HttpClientOptions().setDefaultHost(target.getHost())
                            .setDefaultPort(target.getPort()).setConnectTimeout(10_000).setIdleTimeout(0),
                    new PoolOptions().setHttp1MaxSize(viewers).setMaxWaitQueueSize(-1));
        }
        List<Viewer> all = new ArrayList<>();
        CountDownLatch ready = new CountDownLatch(viewers);
        for (int i = 0; i < viewers; i++) {
            Viewer viewer = new Viewer();
            all.add(viewer);
            String path = "/api/events/" + event + "/live/stream";
            watch(streams[i % targets.length], targets[i % targets.length] + path, path, viewer, ready);
            if (i % 50 == 49) {
                Thread.sleep(20); // do not open a thousand connections in the same millisecond
            }
        }
        boolean allReady = ready.await(120, TimeUnit.SECONDS);
        long open = all.stream().filter(v -> v.ready).count();
        System.out.println("Viewers open: " + open + " of " + viewers + (allReady ? "" : " (timed out waiting for the rest)"));
        all.stream().map(v -> v.failure).filter(f -> f != null).findFirst().ifPresent(f -> System.out.println("A viewer failed: " + f));

        // The writer: one request at a time, on a steady schedule. First --warmup seconds of changes
        // that are not counted (both instances compile their paths, as the rush warms up), then the timed ones.
        HttpClient writes = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Writer writer = new Writer(writes, targets[0], slot, tokens);
        double warmup = Double.parseDouble(opt.getOrDefault("warmup", "5"));
        writer.write(rate, warmup, new HashMap<>());
        Thread.sleep(1000); // the warm-up's changes arrive before the clock starts
        Map<String, Long> sent = new HashMap<>();
        long start = System.nanoTime();
        int errors = writer.write(rate, seconds, sent);
        double elapsed = (System.nanoTime() - start) / 1e9;

        // Stragglers: up to 5 s for everything to arrive.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline && !allArrived(all, sent.keySet())) {
            Thread.sleep(100);
        }
        List<Double> latencies = new ArrayList<>();
        long delivered = 0;
        for (Viewer viewer : all) {
            for (Map.Entry<String, Long> change : sent.entrySet()) {
                Long at = viewer.seen.get(change.getKey());
                if (at != null) {
                    delivered++;
                    latencies.add((at - change.getValue()) / 1e6);
                }
            }
        }
        long expected = (long) sent.size() * viewers;
        latencies.sort(null);
        System.out.printf(Locale.ROOT, "FIGURES changes=%d delivered=%d lost=%d p50_ms=%.0f p99_ms=%.0f write_errors=%d rate_per_s=%.1f viewers_open=%d%n",
                sent.size(), delivered, expected - delivered, percentile(latencies, 50), percentile(latencies, 99), errors,
                sent.size() / elapsed, open);
        System.exit(0); // the streams stay open otherwise
    }

    /** Posts questions and votes; every fifth change a question by the next writer, the others votes on the newest. */
    static final class Writer {
        final HttpClient client;
        final String target;
        final long slot;
        final List<String[]> tokens;
        long currentQuestion = -1;
        int currentAsker = -1;
        final Set<Integer> votedOnCurrent = new HashSet<>();
        int nextAsker;
        int nextVoter;
        int k;

        Writer(HttpClient client, String target, long slot, List<String[]> tokens) {
            this.client = client;
            this.target = target;
            this.slot = slot;
            this.tokens = tokens;
        }

        /** Changes at this rate for these seconds; each recognisable change and when it was sent go into {@code sent}. Returns the errors. */
        int write(double rate, double seconds, Map<String, Long> sent) throws InterruptedException {
            int total = (int) Math.round(rate * seconds);
            long interval = (long) (1_000_000_000L / rate);
            int errors = 0;
            long start = System.nanoTime();
            for (int n = 0; n < total; n++, k++) {
                long due = start + n * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                boolean question = k % 5 == 0 || currentQuestion < 0 || votedOnCurrent.size() >= tokens.size() - 1;
                long t0 = System.nanoTime();
                try {
                    if (question) {
                        int asker = nextAsker++ % tokens.size();
                        HttpResponse<String> answer = post(client, target + "/api/slots/" + slot + "/questions", tokens.get(asker)[1],
                                "{\"text\":\"Bench question " + k + ": how does it scale?\",\"anonymous\":" + (k % 2 == 0) + "}");
                        if (answer.statusCode() != 201) {
                            errors++;
                            report(errors, answer);
                            continue;
                        }
                        currentQuestion = match(ID, answer.body());
                        currentAsker = asker;
                        votedOnCurrent.clear();
                        sent.put("q:" + currentQuestion, t0);
                    } else {
                        int voter;
                        do {
                            voter = nextVoter++ % tokens.size();
                        } while (voter == currentAsker || votedOnCurrent.contains(voter));
                        votedOnCurrent.add(voter);
                        HttpResponse<String> answer = post(client, target + "/api/questions/" + currentQuestion + "/vote",
                                tokens.get(voter)[1], null);
                        if (answer.statusCode() != 200) {
                            errors++;
                            report(errors, answer);
                            continue;
                        }
                        sent.put("v:" + currentQuestion + ":" + match(VOTES, answer.body()), t0);
                    }
                } catch (Exception e) {
                    errors++;
                    if (errors <= 3) {
                        System.out.println("Write failed: " + e);
                    }
                }
            }
            return errors;
        }
    }

    static boolean allArrived(List<Viewer> all, Set<String> keys) {
        for (Viewer viewer : all) {
            if (!viewer.seen.keySet().containsAll(keys)) {
                return false;
            }
        }
        return true;
    }

    /** Opens one viewer's stream; its events are read as they arrive, on the event loop. */
    static void watch(io.vertx.core.http.HttpClient client, String url, String path, Viewer viewer, CountDownLatch ready) {
        AtomicBoolean counted = new AtomicBoolean();
        Runnable countOnce = () -> {
            if (counted.compareAndSet(false, true)) {
                ready.countDown();
            }
        };
        client.request(new RequestOptions().setMethod(HttpMethod.GET).setURI(path).putHeader("Accept", "text/event-stream"))
                .compose(HttpClientRequest::send)
                .onSuccess(response -> {
                    if (response.statusCode() != 200) {
                        viewer.failure = url + " answered " + response.statusCode();
                        countOnce.run();
                        return;
                    }
                    StringBuilder pending = new StringBuilder();
                    response.handler(chunk -> {
                        long now = System.nanoTime();
                        pending.append(chunk.toString(StandardCharsets.UTF_8));
                        for (int end; (end = endOfEvent(pending)) >= 0; ) {
                            String block = pending.substring(0, end);
                            pending.delete(0, end + (pending.charAt(end) == '\r' ? 4 : 2));
                            event(block, now, viewer, countOnce);
                        }
                    });
                    response.exceptionHandler(e -> viewer.failure = url + ": " + e);
                    response.endHandler(end -> countOnce.run());
                })
                .onFailure(e -> {
                    viewer.failure = url + ": " + e;
                    countOnce.run();
                });
    }

    /** Where the first complete event of the stream ends (its blank line), or -1. */
    static int endOfEvent(StringBuilder stream) {
        int lf = stream.indexOf("\n\n");
        int crlf = stream.indexOf("\r\n\r\n");
        return lf < 0 ? crlf : crlf < 0 ? lf : Math.min(lf, crlf);
    }

    /** One server-sent event: its name and data lines. */
    static void event(String block, long now, Viewer viewer, Runnable ready) {
        String name = null;
        StringBuilder data = new StringBuilder();
        for (String line : block.split("\r?\n")) {
            if (line.startsWith("event:")) {
                name = line.substring(6).strip();
            } else if (line.startsWith("data:")) {
                data.append(line.substring(5).strip());
            }
        }
        if ("ready".equals(name)) {
            viewer.ready = true;
            ready.run();
        } else if ("question".equals(name)) {
            viewer.seen.putIfAbsent("q:" + match(ID, data.toString()), now);
        } else if ("vote".equals(name)) {
            viewer.seen.putIfAbsent("v:" + match(ID, data.toString()) + ":" + match(VOTES, data.toString()), now);
        }
    }

    static HttpResponse<String> post(HttpClient client, String url, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(10));
        if (json != null) {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.POST(HttpRequest.BodyPublishers.noBody());
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static void report(int errors, HttpResponse<String> answer) {
        if (errors <= 3) {
            System.out.println("Write answered " + answer.statusCode() + ": " + answer.body().replace('\n', ' '));
        }
    }

    static long match(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    static double percentile(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }
}
