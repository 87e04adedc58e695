// Bench users and their access tokens, from the local Keycloak (setup of `bin/bench rush`, not timed).
//
//   java bench/Keycloak.java tokens <count> <tokens-file> <state-file>
//       Makes sure the users bench-00001 … bench-<count> exist in realm `pitchnight` (password =
//       user name) and writes one access token per user to <tokens-file> (username TAB token).
//       Tokens already in <tokens-file> that stay valid for 20 more minutes are reused. While it
//       creates users and logs them in, the realm gets a cheap password hash
//       (hashAlgorithm(pbkdf2-sha256) and hashIterations(1)) and a 1-hour access-token lifespan;
//       both are put back to what they were before it returns. What they were is kept in
//       <state-file> until then, so that `restore` can put it back after a crash.
//   java bench/Keycloak.java restore <state-file>
//       Puts the realm's saved password policy and token lifespan back, if <state-file> exists.
//
// Only talks to http://localhost:8180 (override with KEYCLOAK_URL, which must be local).

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class Keycloak {

    static final String BASE = System.getenv().getOrDefault("KEYCLOAK_URL", "http://localhost:8180");
    static final String REALM = "pitchnight";
    static final String CLI_CLIENT = "pitchnight-cli";
    static final String CHEAP_HASH = "hashAlgorithm(pbkdf2-sha256) and hashIterations(1)";
    static final int BENCH_TOKEN_LIFESPAN_S = 3600;
    /** A token is reused when it is still valid for this long (a rush run takes a few minutes). */
    static final int MIN_VALIDITY_S = 20 * 60;
    static final int IMPORT_BATCH = 500;
    static final int TOKEN_PARALLELISM = Integer.parseInt(System.getenv().getOrDefault("BENCH_TOKEN_PARALLELISM", "12"));

    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    public static void main(String[] args) throws Exception {
        if (!URI.create(BASE).getHost().matches("localhost|127\\.0\\.0\\.1")) {
            throw new IllegalArgumentException("KEYCLOAK_URL must point at this machine: " + BASE);
        }
        switch (args.length == 0 ? "" : args[0]) {
            case "tokens" -> tokens(Integer.parseInt(args[1]), Path.of(args[2]), Path.of(args[3]));
            case "restore" -> restore(Path.of(args[1]));
            default -> {
                System.err.println("usage: java bench/Keycloak.java tokens <count> <tokens-file> <state-file> | restore <state-file>");
                System.exit(2);
            }
        }
    }

    // --- the realm's settings, changed for the bench only ---------------------------------------

    static void tokens(int count, Path tokensFile, Path stateFile) throws Exception {
        // Tokens of an earlier run that stay valid long enough are reused: fetching costs Keycloak
        // a login each, about 60 per second on this machine.
        String[] tokens = new String[count + 1];
        long validUntil = System.currentTimeMillis() / 1000 + MIN_VALIDITY_S;
        int reusable = 0;
        int foreign = 0;
        // A Keycloak started on a fresh database signs with new keys: tokens it did not sign are
        // refused with 401 however long they would live, so only tokens signed with a key the
        // running realm publishes are reused.
        Set<String> keys = signingKeys();
        if (Files.exists(tokensFile)) {
            for (String line : Files.readAllLines(tokensFile)) {
                String[] parts = line.split("\t", 2);
                if (parts.length == 2 && parts[0].matches("bench-\\d{5}")) {
                    int n = Integer.parseInt(parts[0].substring(6));
                    if (n >= 1 && n <= count && expiry(parts[1]) >= validUntil) {
                        if (keys.contains(keyId(parts[1]))) {
                            tokens[n] = parts[1];
                            reusable++;
                        } else {
                            foreign++;
                        }
                    }
                }
            }
        }
        if (foreign > 0) {
            System.out.printf("%d saved tokens were signed with a key the running Keycloak does not have: fetched again%n", foreign);
        }
        if (reusable == count) {
            System.out.printf("%d access tokens reused from %s (valid for %d more minutes at least)%n",
                    count, tokensFile, MIN_VALIDITY_S / 60);
            return;
        }
        Admin admin = new Admin();
        if (Files.exists(stateFile)) {
            // A previous run died before it could restore: its saved state is the true original.
            System.out.println("restoring the realm settings a previous run left behind");
            restore(stateFile);
        }
        String realm = admin.get("/admin/realms/" + REALM);
        String policy = jsonString(realm, "passwordPolicy");
        int lifespan = jsonInt(realm, "accessTokenLifespan");
        Files.createDirectories(stateFile.toAbsolutePath().getParent());
        Files.writeString(stateFile, (policy == null ? "" : policy) + "\n" + lifespan + "\n");
        Thread restoreOnSignal = new Thread(() -> {
            try {
                restore(stateFile);
            } catch (Exception e) {
                System.err.println("could not restore the realm settings: " + e);
            }
        });
        Runtime.getRuntime().addShutdownHook(restoreOnSignal);
        try {
            String benchPolicy = withCheapHash(policy);
            admin.put("/admin/realms/" + REALM,
                    "{\"passwordPolicy\":" + quote(benchPolicy) + ",\"accessTokenLifespan\":" + BENCH_TOKEN_LIFESPAN_S + "}");
            System.out.printf("realm %s: password policy \"%s\" and access tokens for %d s while preparing (was \"%s\", %d s)%n",
                    REALM, benchPolicy, BENCH_TOKEN_LIFESPAN_S, policy == null ? "" : policy, lifespan);
            ensureUsers(admin, count);
            fetchTokens(tokens, reusable, tokensFile);
        } finally {
            restore(stateFile);
            Runtime.getRuntime().removeShutdownHook(restoreOnSignal);
        }
    }

    /** The realm's policy with its hashing replaced by one round of PBKDF2-SHA256; other rules stay. */
    static String withCheapHash(String policy) {
        List<String> parts = new ArrayList<>();
        if (policy != null && !policy.isBlank()) {
            for (String part : policy.split("\\s+and\\s+")) {
                if (!part.trim().startsWith("hashIterations(") && !part.trim().startsWith("hashAlgorithm(")) {
                    parts.add(part.trim());
                }
            }
        }
        parts.add(CHEAP_HASH);
        return String.join(" and ", parts);
    }

    static synchronized void restore(Path stateFile) throws Exception {
        if (!Files.exists(stateFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(stateFile);
        String policy = lines.get(0);
        int lifespan = Integer.parseInt(lines.get(1).trim());
        new Admin().put("/admin/realms/" + REALM,
                "{\"passwordPolicy\":" + quote(policy) + ",\"accessTokenLifespan\":" + lifespan + "}");
        Files.delete(stateFile);
        System.out.printf("realm %s: password policy \"%s\" and access tokens for %d s restored%n", REALM, policy, lifespan);
    }

    // --- users ------------------------------------------------------------------------------------

    static String username(int i) {
        return String.format("bench-%05d", i);
    }

    static void ensureUsers(Admin admin, int count) throws Exception {
        long started = System.nanoTime();
        // Users already there from earlier runs are kept (and keep their cheap hash).
        int present = Integer.parseInt(admin.get("/admin/realms/" + REALM + "/users/count?search=bench-").trim());
        if (present >= count && admin.get("/admin/realms/" + REALM + "/users?exact=true&username=" + username(count)).contains("\"id\"")) {
            System.out.printf("%d bench users already in Keycloak%n", present);
            return;
        }
        int added = 0;
        for (int from = 1; from <= count; from += IMPORT_BATCH) {
            int to = Math.min(count, from + IMPORT_BATCH - 1);
            StringBuilder body = new StringBuilder("{\"ifResourceExists\":\"SKIP\",\"users\":[");
            for (int i = from; i <= to; i++) {
                String name = username(i);
                if (i > from) {
                    body.append(',');
                }
                body.append("{\"username\":\"").append(name).append("\",\"enabled\":true,\"emailVerified\":true,")
                        .append("\"email\":\"").append(name).append("@bench.pitchnight.test\",")
                        .append("\"firstName\":\"Bench\",\"lastName\":\"").append(name.substring(6)).append("\",")
                        .append("\"credentials\":[{\"type\":\"password\",\"value\":\"").append(name)
                        .append("\",\"temporary\":false}]}");
            }
            String answer = admin.post("/admin/realms/" + REALM + "/partialImport", body.append("]}").toString());
            added += jsonInt(answer, "added");
        }
        System.out.printf("bench users: %d added, %d present, in %.1f s%n", added, count - added,
                (System.nanoTime() - started) / 1e9);
    }

    // --- tokens -----------------------------------------------------------------------------------

    static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    /** Fills the gaps in tokens[1..count] and writes them all to the file. */
    static void fetchTokens(String[] tokens, int reused, Path tokensFile) throws Exception {
        int count = tokens.length - 1;
        long started = System.nanoTime();
        AtomicInteger failed = new AtomicInteger();
        URI uri = URI.create(BASE + "/realms/" + REALM + "/protocol/openid-connect/token");
        Semaphore slots = new Semaphore(TOKEN_PARALLELISM);
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> all = new ArrayList<>(count);
            for (int i = 1; i <= count; i++) {
                if (tokens[i] != null) {
                    continue;
                }
                int n = i;
                slots.acquire();
                all.add(pool.submit(() -> {
                    try {
                        String name = username(n);
                        String form = "client_id=" + CLI_CLIENT + "&grant_type=password&username=" + name + "&password=" + name;
                        for (int attempt = 1; attempt <= 3 && tokens[n] == null; attempt++) {
                            try {
                                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri)
                                        .timeout(Duration.ofSeconds(60))
                                        .header("Content-Type", "application/x-www-form-urlencoded")
                                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
                                Matcher m = ACCESS_TOKEN.matcher(r.body());
                                if (r.statusCode() == 200 && m.find()) {
                                    tokens[n] = m.group(1);
                                } else if (attempt == 3) {
                                    System.err.println("token for " + name + ": HTTP " + r.statusCode() + " " + r.body());
                                }
                            } catch (IOException e) {
                                if (attempt == 3) {
                                    System.err.println("token for " + name + ": " + e);
                                }
                            }
                        }
                        if (tokens[n] == null) {
                            failed.incrementAndGet();
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        slots.release();
                    }
                }));
            }
            for (Future<?> f : all) {
                f.get();
            }
        }
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " of " + (count - reused) + " tokens could not be fetched");
        }
        StringBuilder out = new StringBuilder(count * 1100);
        for (int i = 1; i <= count; i++) {
            out.append(username(i)).append('\t').append(tokens[i]).append('\n');
        }
        Files.createDirectories(tokensFile.toAbsolutePath().getParent());
        Files.writeString(tokensFile, out);
        double s = (System.nanoTime() - started) / 1e9;
        System.out.printf("%d access tokens fetched in %.1f s (%.0f/s, %d in parallel), %d reused%n",
                count - reused, s, (count - reused) / s, TOKEN_PARALLELISM, reused);
    }

    /** The ids ("kid") of the keys the running realm signs with, from its JWKS document. */
    static Set<String> signingKeys() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(
                URI.create(BASE + "/realms/" + REALM + "/protocol/openid-connect/certs")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("the realm's keys: HTTP " + r.statusCode());
        }
        Set<String> kids = new HashSet<>();
        Matcher m = Pattern.compile("\"kid\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        while (m.find()) {
            kids.add(m.group(1));
        }
        return kids;
    }

    /** The "kid" of a JWT's header: which key signed it (empty when unreadable). */
    static String keyId(String jwt) {
        try {
            String header = new String(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[0]), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("\"kid\"\\s*:\\s*\"([^\"]+)\"").matcher(header);
            return m.find() ? m.group(1) : "";
        } catch (RuntimeException e) {
            return "";
        }
    }

    /** The "exp" claim of a JWT, in epoch seconds (0 when unreadable). */
    static long expiry(String jwt) {
        try {
            String payload = new String(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("\"exp\"\\s*:\\s*(\\d+)").matcher(payload);
            return m.find() ? Long.parseLong(m.group(1)) : 0;
        } catch (RuntimeException e) {
            return 0;
        }
    }

    // --- admin REST API ------------------------------------------------------------------------------

    /** The master realm's admin-cli with admin/admin; its tokens live 60 s, so they are renewed. */
    static final class Admin {
        private String token;
        private long fetchedAt;

        synchronized String token() throws Exception {
            if (token == null || System.nanoTime() - fetchedAt > 30_000_000_000L) {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "/realms/master/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("client_id=admin-cli&grant_type=password&username=admin&password=admin"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                Matcher m = ACCESS_TOKEN.matcher(r.body());
                if (r.statusCode() != 200 || !m.find()) {
                    throw new IllegalStateException("Keycloak admin login failed: HTTP " + r.statusCode() + " " + r.body());
                }
                token = m.group(1);
                fetchedAt = System.nanoTime();
            }
            return token;
        }

        String get(String path) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(BASE + path)).GET());
        }

        String put(String path, String json) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(json)));
        }

        String post(String path, String json) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)));
        }

        private String send(HttpRequest.Builder request) throws Exception {
            HttpResponse<String> r = HTTP.send(request.timeout(Duration.ofSeconds(120))
                    .header("Authorization", "Bearer " + token()).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() / 100 != 2) {
                throw new IllegalStateException(r.request().method() + " " + r.request().uri() + ": HTTP " + r.statusCode() + " " + r.body());
            }
            return r.body();
        }
    }

    // --- just enough JSON ----------------------------------------------------------------------------

    static String jsonString(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        return m.find() ? m.group(1).replace("\\\"", "\"").replace("\\\\", "\\") : null;
    }

    static int jsonInt(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\"\\s*:\\s*(-?\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + key + " in " + json);
        }
        return Integer.parseInt(m.group(1));
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
