// The database side of `bin/bench rush`: creates the bench night, and checks the invariants after
// the rush from the rows, from the answers the load generator got, and from the API.
//
//   java -cp <mysql-connector-j.jar> bench/RushDb.java event <jdbc-url> <user> <password> <capacity> <guests-allowed> <slug>
//       Group `bench` (created once), then a PUBLISHED night with the given capacity, waitlist on,
//       policy AUTO, starting in 14 days, RSVPs open since an hour ago. Prints the event id.
//       Earlier nights of the group `bench` with the same slug prefix are deleted first (with their RSVPs).
//   java -cp <mysql-connector-j.jar> bench/RushDb.java check <jdbc-url> <user> <password> <event-id> <results.tsv> <app-url>...
//       Prints the figures and, last, "FIGURES confirmed=… waitlisted=… oversold=… fifo=ok|broken …".

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
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class RushDb {

    public static void main(String[] args) throws Exception {
        String url = args[1];
        if (!url.startsWith("jdbc:mysql://127.0.0.1") && !url.startsWith("jdbc:mysql://localhost")) {
            throw new IllegalArgumentException("only a local database: " + url);
        }
        try (Connection db = DriverManager.getConnection(url, args[2], args[3])) {
            switch (args[0]) {
                case "event" -> System.out.println(event(db, Integer.parseInt(args[4]), Integer.parseInt(args[5]), args[6]));
                case "check" -> check(db, Long.parseLong(args[4]), Path.of(args[5]), List.of(args).subList(6, args.length));
                default -> throw new IllegalArgumentException("event | check");
            }
        }
    }

    // --- setup ------------------------------------------------------------------------------------

    static long event(Connection db, int capacity, int guestsAllowed, String slug) throws Exception {
        db.setAutoCommit(false);
        long group;
        try (Statement s = db.createStatement()) {
            s.executeUpdate("""
                    INSERT INTO meetup_groups (slug, name, description, created_at)
                    VALUES ('bench', 'Bench', 'Nights made by bin/bench.', UTC_TIMESTAMP(6))
                    ON DUPLICATE KEY UPDATE id = LAST_INSERT_ID(id)""");
            try (ResultSet rs = s.executeQuery("SELECT LAST_INSERT_ID()")) {
                rs.next();
                group = rs.getLong(1);
            }
        }
        String prefix = slug.replaceAll("-\\d+$", "");
        try (PreparedStatement old = db.prepareStatement("DELETE FROM events WHERE group_id = ? AND slug LIKE ?")) {
            old.setLong(1, group);
            old.setString(2, prefix + "-%");
            old.executeUpdate();
        }
        long id;
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO events (group_id, slug, title, description, venue_name, venue_address, starts_at, ends_at,
                                    time_zone, capacity, guests_allowed, waitlist_enabled, waitlist_policy,
                                    rsvp_opens_at, rsvp_closes_at, status, created_by, created_at)
                VALUES (?, ?, ?, 'A night for the RSVP rush benchmark.', 'Bench Hall', '1 Bench Street',
                        UTC_TIMESTAMP(6) + INTERVAL 14 DAY, UTC_TIMESTAMP(6) + INTERVAL 14 DAY + INTERVAL 3 HOUR,
                        'America/Los_Angeles', ?, ?, TRUE, 'AUTO',
                        UTC_TIMESTAMP(6) - INTERVAL 1 HOUR, UTC_TIMESTAMP(6) + INTERVAL 13 DAY, 'PUBLISHED', 'bench', UTC_TIMESTAMP(6))""",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, group);
            insert.setString(2, slug);
            insert.setString(3, "Bench night " + slug);
            insert.setInt(4, capacity);
            insert.setInt(5, guestsAllowed);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        db.commit();
        return id;
    }

    // --- invariants -------------------------------------------------------------------------------

    record Row(String username, String status, int seats, long queueNo) {
    }

    static void check(Connection db, long eventId, Path results, List<String> apps) throws Exception {
        int capacity;
        int counterConfirmed, counterOffered, counterWaitlist;
        long queueSeq;
        try (PreparedStatement q = db.prepareStatement(
                "SELECT capacity, confirmed_seats, offered_seats, waitlist_length, queue_seq FROM events WHERE id = ?")) {
            q.setLong(1, eventId);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no event " + eventId);
                }
                capacity = rs.getInt(1);
                counterConfirmed = rs.getInt(2);
                counterOffered = rs.getInt(3);
                counterWaitlist = rs.getInt(4);
                queueSeq = rs.getLong(5);
            }
        }
        Map<String, Row> rows = new HashMap<>();
        int duplicates = 0;
        int confirmed = 0, waitlisted = 0, offered = 0, cancelled = 0;
        int confirmedSeats = 0, offeredSeats = 0;
        long maxConfirmedQueue = Long.MIN_VALUE, minWaitlistedQueue = Long.MAX_VALUE, maxQueue = 0;
        int minWaitlistedSeats = Integer.MAX_VALUE;
        try (PreparedStatement q = db.prepareStatement(
                "SELECT username, status, seats, queue_no FROM rsvps WHERE event_id = ? ORDER BY queue_no")) {
            q.setLong(1, eventId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    Row row = new Row(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getLong(4));
                    if (rows.put(row.username(), row) != null) {
                        duplicates++;
                    }
                    maxQueue = Math.max(maxQueue, row.queueNo());
                    switch (row.status()) {
                        case "CONFIRMED" -> {
                            confirmed++;
                            confirmedSeats += row.seats();
                            maxConfirmedQueue = Math.max(maxConfirmedQueue, row.queueNo());
                        }
                        case "WAITLISTED" -> {
                            waitlisted++;
                            if (row.queueNo() < minWaitlistedQueue) {
                                minWaitlistedQueue = row.queueNo();
                                minWaitlistedSeats = row.seats();
                            }
                        }
                        case "OFFERED" -> {
                            offered++;
                            offeredSeats += row.seats();
                        }
                        default -> cancelled++;
                    }
                }
            }
        }
        int oversold = Math.max(0, confirmedSeats + offeredSeats - capacity);
        boolean countersOk = counterConfirmed == confirmedSeats && counterOffered == offeredSeats
                && counterWaitlist == waitlisted && queueSeq >= maxQueue;
        // FIFO: everyone confirmed arrived before everyone still waiting.
        boolean fifo = waitlisted == 0 || confirmed == 0 || maxConfirmedQueue < minWaitlistedQueue;
        // Never a lost place: nobody waits while the head of the waitlist would fit.
        boolean noLostSeat = waitlisted == 0 || confirmedSeats + offeredSeats + minWaitlistedSeats > capacity;

        // Every acknowledged (2xx) answer is a row, with the status the answer gave.
        int acknowledged = 0, failed = 0, ackedMissing = 0, ackedOtherStatus = 0;
        for (String line : Files.readAllLines(results)) {
            String[] f = line.split("\t", 5);
            int http = Integer.parseInt(f[2]);
            if (http / 100 != 2) {
                failed++;
                continue;
            }
            acknowledged++;
            Row row = rows.get(f[0]);
            if (row == null) {
                ackedMissing++;
            } else if (!row.status().equals(f[4])) {
                ackedOtherStatus++;
            }
        }
        int unacknowledgedRows = rows.size() - (acknowledged - ackedMissing);

        // The API's view of the same night, from every instance.
        boolean apiOk = true;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        List<String> apiLines = new ArrayList<>();
        for (String app : apps) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(app + "/api/events/" + eventId))
                    .timeout(Duration.ofSeconds(30)).header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            Integer apiSeats = jsonInt(r.body(), "confirmedSeats");
            Integer apiWaitlist = jsonInt(r.body(), "waitlistLength");
            boolean agrees = r.statusCode() == 200 && apiSeats != null && apiSeats == confirmedSeats
                    && apiWaitlist != null && apiWaitlist == waitlisted;
            apiOk &= agrees;
            apiLines.add(String.format("  API %s: HTTP %d confirmedSeats=%s waitlistLength=%s %s", app, r.statusCode(),
                    apiSeats, apiWaitlist, agrees ? "(agrees)" : "(DISAGREES)"));
        }

        System.out.printf("event %d, capacity %d: %d rows for %d people (%d duplicate rows)%n", eventId, capacity,
                rows.size() + duplicates, rows.size(), duplicates);
        System.out.printf("  confirmed %d people / %d seats, waitlisted %d, offered %d, cancelled %d, oversold %d%n",
                confirmed, confirmedSeats, waitlisted, offered, cancelled, oversold);
        System.out.printf("  counters: confirmed_seats=%d offered_seats=%d waitlist_length=%d queue_seq=%d -> %s%n",
                counterConfirmed, counterOffered, counterWaitlist, queueSeq, countersOk ? "match the rows" : "DO NOT MATCH the rows");
        System.out.printf("  FIFO (max confirmed queue_no %s < min waitlisted queue_no %s): %s; no free seat while people wait: %s%n",
                confirmed == 0 ? "-" : maxConfirmedQueue, waitlisted == 0 ? "-" : minWaitlistedQueue,
                fifo ? "ok" : "BROKEN", noLostSeat ? "ok" : "BROKEN");
        System.out.printf("  answers: %d acknowledged (2xx), %d failed; acknowledged without a row %d, with another status %d;"
                + " rows nobody was told about %d%n", acknowledged, failed, ackedMissing, ackedOtherStatus, unacknowledgedRows);
        apiLines.forEach(System.out::println);
        System.out.printf("FIGURES confirmed=%d waitlisted=%d confirmed_seats=%d oversold=%d fifo=%s counters_ok=%b one_row_per_user=%b"
                        + " no_lost_seat=%b acked_missing=%d acked_other_status=%d unacked_rows=%d failed=%d api_ok=%b%n",
                confirmed, waitlisted, confirmedSeats, oversold, fifo ? "ok" : "broken", countersOk, duplicates == 0,
                noLostSeat, ackedMissing, ackedOtherStatus, unacknowledgedRows, failed, apiOk);
    }

    static Integer jsonInt(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\"\\s*:\\s*(-?\\d+)").matcher(json);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }
}
