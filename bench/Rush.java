// The RSVP rush of `bin/bench rush`: N `PUT /api/events/{id}/rsvp` with body {"guests":0}, each
// with another user's bearer token, as fast as the machine allows, round-robin over the app
// instances, with at most --concurrency requests in flight (closed loop). Records every latency
// and status. JDK HttpClient over HTTP/1.1, one virtual thread per request.
//
//   java bench/Rush.java --tokens FILE --event ID --targets http://127.0.0.1:8090[,http://127.0.0.1:8091]
//        [--requests N] [--skip K] [--concurrency 256] [--out results.tsv] [--quiet] [--noop true]
//        [--app-pids P,P --db-pids P --hz 100]
//
// --noop true sends `GET /api/me` instead (the same users' tokens, the same concurrency): a signed-in
// request that does no work, the app's own limit that an RSVP is compared with (ratio_auth).
//
// --app-pids/--db-pids: processes whose CPU use during the timed phase is reported (Linux /proc).
// --skip K starts at the K+1-th token (the tokens file has "username TAB token" lines).
// --out writes one line per request: username, instance, HTTP status, latency in ms, the RSVP
// status the answer reported (or the error). The last line printed is
//   FIGURES requests=… ok=… errors=… elapsed_s=… rsvp_per_s=… p50_ms=… p90_ms=… p99_ms=… max_ms=… cpu_…_s=…

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
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
        String[] targets = required(opt, "targets").split(",");
        for (String target : targets) {
            String host = URI.create(target).getHost();
            if (!host.equals("127.0.0.1") && !host.equals("localhost")) {
                throw new IllegalArgumentException("only local targets: " + target);
            }
        }
        int skip = Integer.parseInt(opt.getOrDefault("skip", "0"));
        int concurrency = Integer.parseInt(opt.getOrDefault("concurrency", "256"));
        boolean quiet = opt.containsKey("quiet");
        boolean noop = Boolean.parseBoolean(opt.getOrDefault("noop", "false"));

        List<String> lines = Files.readAllLines(tokensFile);
        int requests = Integer.parseInt(opt.getOrDefault("requests", String.valueOf(lines.size() - skip)));
        if (skip + requests > lines.size()) {
            throw new IllegalArgumentException("need " + (skip + requests) + " tokens, " + tokensFile + " has " + lines.size());
        }

        // Everything that can be prepared is prepared before the clock starts.
        HttpClient[] clients = new HttpClient[targets.length];
        for (int t = 0; t < targets.length; t++) {
            // Virtual threads for the client's own tasks too: measurably less CPU than its default pool.
            clients[t] = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .executor(Executors.newVirtualThreadPerTaskExecutor())
                    .connectTimeout(Duration.ofSeconds(10)).build();
        }
        String[] users = new String[requests];
        HttpRequest[] prepared = new HttpRequest[requests];
        for (int i = 0; i < requests; i++) {
            String[] parts = lines.get(skip + i).split("\t", 2);
            users[i] = parts[0];
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(targets[i % targets.length]
                            + (noop ? "/api/me" : "/api/events/" + eventId + "/rsvp")))
                    .timeout(Duration.ofSeconds(120))
                    .header("Authorization", "Bearer " + parts[1])
                    .header("Accept", "application/json");
            prepared[i] = noop ? request.GET().build()
                    : request.header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"guests\":0}")).build();
        }
        int[] status = new int[requests];
        long[] nanos = new long[requests];
        String[] answer = new String[requests];

        // Optional CPU accounting of exactly the timed phase (Linux /proc): --app-pids, --db-pids, --hz.
        long[] appPids = pids(opt.get("app-pids"));
        long[] dbPids = pids(opt.get("db-pids"));
        double hz = Double.parseDouble(opt.getOrDefault("hz", "100"));
        long[] cpuBefore = {machineBusyTicks(), ticks(appPids), ticks(dbPids), ticks(new long[] {ProcessHandle.current().pid()})};

        Semaphore inFlight = new Semaphore(concurrency);
        long started = System.nanoTime();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < requests; i++) {
                inFlight.acquire();
                int n = i;
                threads.execute(() -> {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = clients[n % clients.length].send(prepared[n], HttpResponse.BodyHandlers.ofString());
                        status[n] = r.statusCode();
                        Matcher m = RSVP_STATUS.matcher(r.body());
                        answer[n] = r.statusCode() / 100 == 2 && noop ? "OK"
                                : r.statusCode() / 100 == 2 && m.find() ? m.group(1) : oneLine(r.body(), 160);
                    } catch (IOException | RuntimeException e) {
                        status[n] = 0;
                        answer[n] = oneLine(e.toString(), 160);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        status[n] = 0;
                        answer[n] = "interrupted";
                    } finally {
                        nanos[n] = System.nanoTime() - t0;
                        inFlight.release();
                    }
                });
            }
        } // waits for every request
        double elapsed = (System.nanoTime() - started) / 1e9;
        long[] cpuAfter = {machineBusyTicks(), ticks(appPids), ticks(dbPids), ticks(new long[] {ProcessHandle.current().pid()})};
        double machineS = (cpuAfter[0] - cpuBefore[0]) / hz, appS = (cpuAfter[1] - cpuBefore[1]) / hz,
                dbS = (cpuAfter[2] - cpuBefore[2]) / hz, selfS = (cpuAfter[3] - cpuBefore[3]) / hz;

        int ok = 0;
        Map<String, Integer> byStatus = new TreeMap<>();
        Map<String, String> sampleError = new TreeMap<>();
        for (int i = 0; i < requests; i++) {
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
            System.out.printf(Locale.ROOT, "%d requests to %s in %.2f s, %d in flight at most%n",
                    requests, String.join(" + ", targets), elapsed, concurrency);
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
                        + " cpu_busy_s=%.1f cpu_apps_s=%.1f cpu_db_s=%.1f cpu_loadgen_s=%.1f%n",
                requests, ok, requests - ok, elapsed, requests / elapsed,
                pct(sorted, 50), pct(sorted, 90), pct(sorted, 99), sorted[requests - 1] / 1e6, machineS, appS, dbS, selfS);
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
