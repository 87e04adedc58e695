// The RSVP rush of `bin/bench rush` and `bin/bench burst`: N `PUT /api/events/{id}/rsvp` with body
// {"guests":0}, each with another user's bearer token, round-robin over the app instances. Records
// every latency and status.
//
// Two ways to send:
// - closed loop (rush, the default): at most --concurrency requests in flight; each answer sends the next.
// - open loop (burst, --open-seconds S): the requests leave at an even rate, all within S seconds,
//   whatever the app answers. They are written on --connections keep-alive connections per
//   instance, pipelined (HTTP/1.1) so that every request is on the wire at its time, not waiting
//   in the generator for a free connection; the app works off its queue.
//
// The client is Vert.x (the app's own jars: run with -cp '<app>/lib/main/*'), on one event-loop
// thread: a few tens of microseconds of CPU per request, so the bench measures the app, not its
// client (the JDK HttpClient with a virtual thread per request spent 0.46 ms).
//
//   java -cp 'APP/lib/main/*' bench/Rush.java --tokens FILE --event ID --targets http://127.0.0.1:8090[,http://127.0.0.1:8091]
//        [--requests N] [--skip K] [--concurrency 256] [--open-seconds S --connections 512] [--out results.tsv]
//        [--quiet] [--noop true] [--app-pids P,P --db-pids P --hz 100]
//
// --noop true sends `GET /api/me` instead (the same users' tokens, the same concurrency): a signed-in
// request that does no work, the app's own limit that an RSVP is compared with (ratio_auth).
//
// --app-pids/--db-pids: processes whose CPU use during the timed phase is reported (Linux /proc).
// --skip K starts at the K+1-th token (the tokens file has "username TAB token" lines).
// --out writes one line per request: username, instance, HTTP status, latency in ms, the RSVP
// status the answer reported (or the error). The last line printed is
//   FIGURES requests=… ok=… errors=… elapsed_s=… rsvp_per_s=… p50_ms=… p90_ms=… p99_ms=… max_ms=… cpu_…_s=… sent_s=…
// (latency: from the moment a request was due to leave to its whole answer.)

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class Rush {

    static final Pattern RSVP_STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new TreeMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--quiet")) {
                opt.put("quiet", "true");
            } else if (args[i].startsWith("--") && i + 1 < args.length) {
                opt.put(args[i].substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
        }
        Path tokensFile = Path.of(required(opt, "tokens"));
        long eventId = Long.parseLong(required(opt, "event"));
        URI[] targets = Arrays.stream(required(opt, "targets").split(",")).map(URI::create).toArray(URI[]::new);
        for (URI target : targets) {
            if (!target.getHost().equals("127.0.0.1") && !target.getHost().equals("localhost")) {
                throw new IllegalArgumentException("only local targets: " + target);
            }
        }
        int skip = Integer.parseInt(opt.getOrDefault("skip", "0"));
        int concurrency = Integer.parseInt(opt.getOrDefault("concurrency", "256"));
        double openSeconds = Double.parseDouble(opt.getOrDefault("open-seconds", "0"));
        int connections = Integer.parseInt(opt.getOrDefault("connections", "512"));
        boolean quiet = opt.containsKey("quiet");
        boolean noop = Boolean.parseBoolean(opt.getOrDefault("noop", "false"));

        List<String> lines = Files.readAllLines(tokensFile);
        int requests = Integer.parseInt(opt.getOrDefault("requests", String.valueOf(lines.size() - skip)));
        if (skip + requests > lines.size()) {
            throw new IllegalArgumentException("need " + (skip + requests) + " tokens, " + tokensFile + " has " + lines.size());
        }

        // Everything that can be prepared is prepared before the clock starts.
        boolean open = openSeconds > 0;
        int perTarget = (requests + targets.length - 1) / targets.length;
        int poolSize = open ? connections : (concurrency + targets.length - 1) / targets.length;
        // Open loop: enough pipelined places for every request, whatever the app answers.
        int pipelining = open ? Math.max(1, (perTarget + connections - 1) / connections) : 1;
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setBlockedThreadCheckInterval(60_000));
        HttpClient[] clients = new HttpClient[targets.length];
        for (int t = 0; t < targets.length; t++) {
            clients[t] = vertx.createHttpClient(new HttpClientOptions()
                            .setDefaultHost(targets[t].getHost()).setDefaultPort(targets[t].getPort())
                            .setKeepAlive(true).setPipelining(pipelining > 1).setPipeliningLimit(Math.max(1, pipelining))
                            .setConnectTimeout(10_000).setIdleTimeout(0),
                    new PoolOptions().setHttp1MaxSize(poolSize).setMaxWaitQueueSize(-1));
        }
        String path = noop ? "/api/me" : "/api/events/" + eventId + "/rsvp";
        Buffer body = Buffer.buffer("{\"guests\":0}");
        String[] users = new String[requests];
        RequestOptions[] prepared = new RequestOptions[requests];
        for (int i = 0; i < requests; i++) {
            String[] parts = lines.get(skip + i).split("\t", 2);
            users[i] = parts[0];
            prepared[i] = new RequestOptions().setMethod(noop ? HttpMethod.GET : HttpMethod.PUT).setURI(path)
                    .setTimeout(120_000)
                    .putHeader("Authorization", "Bearer " + parts[1])
                    .putHeader("Accept", "application/json");
            if (!noop) {
                prepared[i].putHeader("Content-Type", "application/json");
            }
        }
        // The connections exist before the clock starts (as a hall's phones are online before the
        // doors open), and the client's own code is compiled: a few thousand cheap GETs first.
        warm(clients, poolSize, 3000);
        int[] status = new int[requests];
        long[] due = new long[requests];
        long[] onWire = new long[requests];
        long[] nanos = new long[requests];
        String[] answer = new String[requests];

        // Optional CPU accounting of exactly the timed phase (Linux /proc): --app-pids, --db-pids, --hz.
        long[] appPids = pids(opt.get("app-pids"));
        long[] dbPids = pids(opt.get("db-pids"));
        double hz = Double.parseDouble(opt.getOrDefault("hz", "100"));
        long[] cpuBefore = {machineBusyTicks(), ticks(appPids), ticks(dbPids), ticks(new long[] {ProcessHandle.current().pid()})};

        CountDownLatch done = new CountDownLatch(requests);
        AtomicInteger next = new AtomicInteger();
        long started = System.nanoTime();
        Sender sender = new Sender() {
            @Override
            public void send(int n) {
                due[n] = System.nanoTime();
                Future<Buffer> answered = clients[n % clients.length].request(prepared[n]).compose(request -> {
                    onWire[n] = System.nanoTime();
                    return noop ? request.send() : request.send(body);
                }).compose(response -> {
                    status[n] = response.statusCode();
                    return response.body();
                });
                answered.onComplete(result -> {
                    nanos[n] = System.nanoTime() - due[n];
                    if (result.succeeded()) {
                        String text = result.result().toString();
                        Matcher m = RSVP_STATUS.matcher(text);
                        answer[n] = status[n] / 100 == 2 && noop ? "OK"
                                : status[n] / 100 == 2 && m.find() ? m.group(1) : oneLine(text, 160);
                    } else {
                        status[n] = 0;
                        answer[n] = oneLine(String.valueOf(result.cause()), 160);
                    }
                    done.countDown();
                    if (!open) {
                        int following = next.getAndIncrement();
                        if (following < requests) {
                            send(following);
                        }
                    }
                });
            }
        };
        if (open) {
            // An even rate: every millisecond, the requests due by then.
            double perMs = requests / (openSeconds * 1000);
            vertx.runOnContext(start -> vertx.setPeriodic(1, timer -> {
                long dueNow = Math.min(requests, (long) Math.floor((System.nanoTime() - started) / 1e6 * perMs) + 1);
                for (int n = next.get(); n < dueNow; n = next.incrementAndGet()) {
                    sender.send(n);
                }
                if (next.get() >= requests) {
                    vertx.cancelTimer(timer);
                }
            }));
        } else {
            vertx.runOnContext(start -> {
                for (int n = next.getAndIncrement(); n < Math.min(concurrency, requests); n = next.getAndIncrement()) {
                    sender.send(n);
                }
                if (next.get() > Math.min(concurrency, requests)) {
                    next.set(Math.min(concurrency, requests)); // the loop's last increment sent nothing
                }
            });
        }
        done.await(30, TimeUnit.MINUTES);
        double elapsed = (System.nanoTime() - started) / 1e9;
        long[] cpuAfter = {machineBusyTicks(), ticks(appPids), ticks(dbPids), ticks(new long[] {ProcessHandle.current().pid()})};
        double machineS = (cpuAfter[0] - cpuBefore[0]) / hz, appS = (cpuAfter[1] - cpuBefore[1]) / hz,
                dbS = (cpuAfter[2] - cpuBefore[2]) / hz, selfS = (cpuAfter[3] - cpuBefore[3]) / hz;
        double sentS = (Arrays.stream(onWire).max().orElse(started) - started) / 1e9;
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);

        int ok = 0;
        Map<String, Integer> byStatus = new TreeMap<>();
        Map<String, String> sampleError = new TreeMap<>();
        for (int i = 0; i < requests; i++) {
            if (answer[i] == null) {
                answer[i] = "no answer";
            }
            String key = status[i] / 100 == 2 ? status[i] + " " + answer[i] : String.valueOf(status[i]);
            byStatus.merge(key, 1, Integer::sum);
            if (status[i] / 100 == 2) {
                ok++;
            } else {
                sampleError.putIfAbsent(String.valueOf(status[i]), answer[i]);
            }
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);

        if (opt.containsKey("out")) {
            List<String> out = new ArrayList<>(requests);
            for (int i = 0; i < requests; i++) {
                out.add(users[i] + "\t" + (i % targets.length + 1) + "\t" + status[i] + "\t"
                        + String.format(Locale.ROOT, "%.3f", nanos[i] / 1e6) + "\t" + answer[i].replace('\t', ' '));
            }
            Files.write(Path.of(opt.get("out")), out);
        }
        if (!quiet) {
            System.out.printf(Locale.ROOT, "%d requests to %s in %.2f s, %s%n", requests,
                    String.join(" + ", Arrays.stream(targets).map(URI::toString).toList()), elapsed,
                    open ? String.format(Locale.ROOT, "open loop: all sent within %.2f s on %d connections per instance (%d pipelined each)",
                            sentS, connections, pipelining)
                            : concurrency + " in flight at most");
            byStatus.forEach((k, v) -> System.out.printf("  %6d × HTTP %s%n", v, k));
            sampleError.forEach((k, v) -> System.out.printf("  e.g. HTTP %s: %s%n", k, v));
            System.out.printf(Locale.ROOT, "  latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n",
                    pct(sorted, 50), pct(sorted, 90), pct(sorted, 99), sorted[requests - 1] / 1e6);
            if (machineS > 0) {
                System.out.printf(Locale.ROOT, "  CPU in these %.2f s (%d cores = %.1f CPU-s available): %.1f CPU-s busy; apps %.1f"
                                + " (%.2f ms per request), database %.1f, this load generator %.1f, other programs %.1f%n",
                        elapsed, Runtime.getRuntime().availableProcessors(), elapsed * Runtime.getRuntime().availableProcessors(),
                        machineS, appS, appS * 1000 / requests, dbS, selfS, Math.max(0, machineS - appS - dbS - selfS));
            }
        }
        System.out.printf(Locale.ROOT, "FIGURES requests=%d ok=%d errors=%d elapsed_s=%.3f rsvp_per_s=%.1f p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f max_ms=%.1f"
                        + " cpu_busy_s=%.1f cpu_apps_s=%.1f cpu_db_s=%.1f cpu_loadgen_s=%.2f sent_s=%.3f%n",
                requests, ok, requests - ok, elapsed, requests / elapsed,
                pct(sorted, 50), pct(sorted, 90), pct(sorted, 99), sorted[requests - 1] / 1e6, machineS, appS, dbS, selfS, sentS);
    }

    interface Sender {
        void send(int n);
    }

    /** Opens the connections of each client and runs the client's code hot: cheap GETs, not timed. */
    static void warm(HttpClient[] clients, int connections, int requests) throws InterruptedException {
        for (int round = 0; round * connections < requests; round++) {
            CountDownLatch answered = new CountDownLatch(clients.length * connections);
            for (HttpClient client : clients) {
                for (int i = 0; i < connections; i++) {
                    client.request(HttpMethod.GET, "/ping").compose(r -> r.send().compose(a -> a.body()))
                            .onComplete(r -> answered.countDown());
                }
            }
            answered.await(60, TimeUnit.SECONDS);
        }
    }

    static long[] pids(String list) {
        return list == null || list.isBlank() ? new long[0]
                : Arrays.stream(list.split(",")).map(String::trim).filter(p -> !p.isEmpty()).mapToLong(Long::parseLong).toArray();
    }

    /** utime + stime of the processes, in clock ticks (0 for one that is gone). */
    static long ticks(long[] pids) {
        long sum = 0;
        for (long pid : pids) {
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                sum += Long.parseLong(f[11]) + Long.parseLong(f[12]); // fields 14 and 15 of the whole line
            } catch (IOException | RuntimeException e) {
                // not Linux, or gone
            }
        }
        return sum;
    }

    /** Busy clock ticks of the whole machine (user + nice + system + irq + softirq + steal). */
    static long machineBusyTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            return Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[6])
                    + Long.parseLong(f[7]) + Long.parseLong(f[8]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Nearest-rank percentile of sorted nanoseconds, in milliseconds. */
    static double pct(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    static String oneLine(String s, int max) {
        String flat = s.replaceAll("\\s+", " ").trim();
        return flat.length() <= max ? flat : flat.substring(0, max) + "…";
    }

    static String required(Map<String, String> opt, String key) {
        String value = opt.get(key);
        if (value == null) {
            throw new IllegalArgumentException("--" + key + " is required");
        }
        return value;
    }
}
