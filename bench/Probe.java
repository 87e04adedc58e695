// The steady load of `bin/bench faults`: for --seconds, every --interval-ms, one round of
//   GET /api/events/{id}        (JSON, reads the database)
//   GET /events/{id}            (the public page; anonymous, may come from the one-second cache)
//   PUT /api/events/{id}/rsvp   (with --token: a write through the RSVP desk; repeating it is idempotent)
//   GET /                       (the home page)
// against --url, and writes one line per request to --out:
//   <epoch ms> TAB <what> TAB <HTTP status, 0 = no answer> TAB <Retry-After header or -> TAB <first words of the body>
//
//   java bench/Probe.java --url http://127.0.0.1:8091 --event ID [--token T] --seconds 40 [--interval-ms 100] --out FILE

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class Probe {

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new TreeMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            opt.put(args[i].substring(2), args[i + 1]);
        }
        String url = opt.get("url");
        String event = opt.get("event");
        String token = opt.get("token");
        long seconds = Long.parseLong(opt.getOrDefault("seconds", "40"));
        long interval = Long.parseLong(opt.getOrDefault("interval-ms", "100"));
        Path out = Path.of(opt.get("out"));

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        List<String[]> what = new ArrayList<>();
        what.add(new String[] {"api-event", url + "/api/events/" + event});
        what.add(new String[] {"page-event", url + "/events/" + event});
        if (token != null) {
            what.add(new String[] {"api-rsvp", url + "/api/events/" + event + "/rsvp"});
        }
        what.add(new String[] {"page-home", url + "/"});

        List<String> lines = new ArrayList<>();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            long round = System.nanoTime();
            for (String[] w : what) {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(w[1])).timeout(Duration.ofSeconds(10));
                if (w[0].equals("api-rsvp")) {
                    request.header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString("{\"guests\":0}"));
                }
                long t = System.currentTimeMillis();
                String line;
                try {
                    HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                    line = t + "\t" + w[0] + "\t" + r.statusCode() + "\t" + r.headers().firstValue("Retry-After").orElse("-")
                            + "\t" + snippet(r.body());
                } catch (IOException e) {
                    line = t + "\t" + w[0] + "\t0\t-\t" + snippet(e.toString());
                }
                lines.add(line);
            }
            long rest = interval - (System.nanoTime() - round) / 1_000_000;
            if (rest > 0) {
                Thread.sleep(rest);
            }
        }
        Files.write(out, lines);
    }

    static String snippet(String body) {
        String flat = body.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").trim();
        return flat.length() <= 120 ? flat : flat.substring(0, 120);
    }
}
