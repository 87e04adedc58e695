package dev.pitchnight.cluster;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two real app instances (the packaged jar, twice) on one database and one Keycloak. Forty
 * people RSVP and some cancel at the same moment, each request to either instance; afterwards
 * the rows must hold every invariant and both instances must tell the same story.
 */
class TwoInstancesIT {

    static final String DB_URL = "jdbc:mysql://127.0.0.1:3306/pitchnight_test?connectionTimeZone=UTC";
    static final String REALM = "http://localhost:8180/realms/pitchnight";
    static final String SECRET = "dev-only-pitchnight-web-secret-6f1c2a9e4b7d";
    static final int[] PORTS = {8092, 8093};
    static final int PEOPLE = 40;
    static final int CAPACITY = 12;

    static final List<Process> instances = new ArrayList<>();
    static final Map<String, String> tokens = new ConcurrentHashMap<>();
    static long eventId;

    @BeforeAll
    static void startTwoInstancesAndPeople() throws Exception {
        for (int port : PORTS) {
            instances.add(start(port));
        }
        createPeople();
        eventId = insertNight();
        for (int port : PORTS) {
            waitUntilReady(port);
        }
    }

    @AfterAll
    static void stopInstances() {
        instances.forEach(Process::destroy);
    }

    @Test
    void concurrentRsvpsAndCancelsThroughBothInstancesKeepEveryInvariant() throws Exception {
        Random random = new Random(7);
        Map<String, String> answered = new ConcurrentHashMap<>();
        Map<String, Boolean> cancelled = new ConcurrentHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(PEOPLE);
        try {
            List<Future<?>> requests = new ArrayList<>();
            for (int i = 0; i < PEOPLE; i++) {
                String person = person(i);
                int port = PORTS[i % 2];
                int guests = random.nextInt(3) == 0 ? 1 : 0;
                boolean changesMind = i % 4 == 0;
                requests.add(clients.submit(() -> {
                    Response answer = given().auth().oauth2(tokens.get(person)).contentType(ContentType.JSON)
                            .body("{\"guests\":" + guests + "}").put(url(port, "/api/events/" + eventId + "/rsvp"));
                    assertThat(answer.statusCode()).as("RSVP of %s", person).isEqualTo(200);
                    answered.put(person, answer.path("status"));
                    if (changesMind) {
                        int other = port == PORTS[0] ? PORTS[1] : PORTS[0];
                        given().auth().oauth2(tokens.get(person)).delete(url(other, "/api/events/" + eventId + "/rsvp"))
                                .then().statusCode(204);
                        cancelled.put(person, true);
                    }
                    return null;
                }));
            }
            for (Future<?> request : requests) {
                request.get();
            }
        } finally {
            clients.shutdown();
        }

        List<Row> rows = rows();
        assertThat(rows).hasSize(PEOPLE).extracting(Row::username).doesNotHaveDuplicates();
        Map<String, Row> byName = new HashMap<>();
        rows.forEach(row -> byName.put(row.username(), row));
        for (var answer : answered.entrySet()) {
            Row row = byName.get(answer.getKey());
            if (cancelled.containsKey(answer.getKey())) {
                assertThat(row.status()).isEqualTo("CANCELLED");
            } else {
                assertThat(row.status()).isIn("CONFIRMED", "WAITLISTED");
                if (answer.getValue().equals("CONFIRMED")) {
                    assertThat(row.status()).as("a seat once given stays").isEqualTo("CONFIRMED");
                }
            }
        }
        int seated = rows.stream().filter(r -> r.status().equals("CONFIRMED")).mapToInt(Row::seats).sum();
        long waiting = rows.stream().filter(r -> r.status().equals("WAITLISTED")).count();
        assertThat(seated).isLessThanOrEqualTo(CAPACITY);
        List<Row> waitlist = rows.stream().filter(r -> r.status().equals("WAITLISTED")).toList();
        if (!waitlist.isEmpty()) {
            assertThat(rows.stream().filter(r -> r.status().equals("CONFIRMED")))
                    .allSatisfy(r -> assertThat(r.queueNo()).isLessThan(waitlist.get(0).queueNo()));
            assertThat(seated + waitlist.get(0).seats()).isGreaterThan(CAPACITY);
        }
        for (int port : PORTS) {
            Response night = given().get(url(port, "/api/events/" + eventId));
            assertThat(night.<Integer>path("confirmedSeats")).as("confirmed seats on :%d", port).isEqualTo(seated);
            assertThat(night.<Integer>path("waitlistLength")).as("waitlist on :%d", port).isEqualTo((int) waiting);
        }
        try (Connection db = DriverManager.getConnection(DB_URL, "pitchnight", "pitchnight");
             ResultSet mails = db.createStatement().executeQuery(
                     "SELECT COUNT(*) FROM outbox_mails WHERE event_id = " + eventId + " AND recipient LIKE 'twin-%'")) {
            mails.next();
            assertThat(mails.getInt(1)).as("one mail at least per person").isGreaterThanOrEqualTo(PEOPLE);
        }
    }

    // --- the two instances ---------------------------------------------------------------

    static Process start(int port) throws IOException {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
        assertThat(jar).as("the packaged app (mvn package runs before this test)").exists();
        Path log = Path.of("target", "instance-" + port + ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        // Health and metrics sit on the management interface, one per instance.
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(port + 1000));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:mysql://127.0.0.1:3306/pitchnight_test");
        env.put("QUARKUS_DATASOURCE_USERNAME", "pitchnight");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "pitchnight");
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", REALM);
        env.put("QUARKUS_OIDC_CREDENTIALS_SECRET", SECRET);
        env.put("PITCHNIGHT_TICKETS_SECRET", "dev-only-pitchnight-ticket-signing-secret-2d8e5a");
        env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        env.put("QUARKUS_MAILER_MOCK", "true");
        env.put("PITCHNIGHT_OUTBOX_EVERY", "off");
        env.put("QUARKUS_DATASOURCE_JDBC_MAX_SIZE", "10");
        return builder.start();
    }

    static void waitUntilReady(int port) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(url(port + 1000, "/q/health/ready"))).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("instance on :" + port + " did not become ready; see target/instance-" + port + ".log:\n"
                + Files.readString(Path.of("target", "instance-" + port + ".log")));
    }

    static String url(int port, String path) {
        return "http://localhost:" + port + path;
    }

    // --- people in the real Keycloak --------------------------------------------------------

    static String person(int i) {
        return "twin-%02d".formatted(i + 1);
    }

    /** Creates twin-01 … twin-40 in realm pitchnight once (password = user name), then logs each in. */
    static void createPeople() throws Exception {
        String admin = given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .post("http://localhost:8180/realms/master/protocol/openid-connect/token").then().statusCode(200)
                .extract().path("access_token");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int i : IntStream.range(0, PEOPLE).toArray()) {
                String name = person(i);
                work.add(pool.submit(() -> {
                    int created = given().auth().oauth2(admin).contentType(ContentType.JSON).body("""
                            {"username":"%s","enabled":true,"emailVerified":true,"email":"%s@pitchnight.test",
                             "firstName":"Twin","lastName":"%s",
                             "credentials":[{"type":"password","value":"%s","temporary":false}]}"""
                            .formatted(name, name, name, name))
                            .post("http://localhost:8180/admin/realms/pitchnight/users").statusCode();
                    assertThat(created).as("creating %s", name).isIn(201, 409);
                    tokens.put(name, given().formParam("grant_type", "password").formParam("client_id", "pitchnight-cli")
                            .formParam("username", name).formParam("password", name)
                            .post(REALM + "/protocol/openid-connect/token").then().statusCode(200)
                            .extract().path("access_token"));
                    return null;
                }));
            }
            for (Future<?> done : work) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    // --- rows -------------------------------------------------------------------------------------

    static long insertNight() throws SQLException {
        try (Connection db = DriverManager.getConnection(DB_URL, "pitchnight", "pitchnight")) {
            Statement sql = db.createStatement();
            sql.executeUpdate("INSERT INTO meetup_groups (slug, name, created_at) VALUES ('twins-" + System.nanoTime()
                    + "', 'Twin Instances', UTC_TIMESTAMP(6))", Statement.RETURN_GENERATED_KEYS);
            ResultSet keys = sql.getGeneratedKeys();
            keys.next();
            long group = keys.getLong(1);
            try (PreparedStatement night = db.prepareStatement("""
                    INSERT INTO events (group_id, slug, title, starts_at, ends_at, time_zone, capacity, guests_allowed,
                                        waitlist_enabled, waitlist_policy, status, created_by, created_at)
                    VALUES (?, 'twin-night', 'Twin Night', UTC_TIMESTAMP(6) + INTERVAL 14 DAY,
                            UTC_TIMESTAMP(6) + INTERVAL 14 DAY + INTERVAL 3 HOUR, 'America/Los_Angeles', ?, 1,
                            TRUE, 'AUTO', 'PUBLISHED', 'olivia', UTC_TIMESTAMP(6))""", Statement.RETURN_GENERATED_KEYS)) {
                night.setLong(1, group);
                night.setInt(2, CAPACITY);
                night.executeUpdate();
                ResultSet id = night.getGeneratedKeys();
                id.next();
                return id.getLong(1);
            }
        }
    }

    record Row(String username, String status, int seats, long queueNo) {
    }

    static List<Row> rows() throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(DB_URL, "pitchnight", "pitchnight");
             ResultSet rs = db.createStatement().executeQuery(
                     "SELECT username, status, seats, queue_no FROM rsvps WHERE event_id = " + eventId + " ORDER BY queue_no")) {
            while (rs.next()) {
                rows.add(new Row(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getLong(4)));
            }
        }
        return rows;
    }
}
