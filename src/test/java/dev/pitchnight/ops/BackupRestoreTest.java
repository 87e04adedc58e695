package dev.pitchnight.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The backup and restore of docs/OPERATIONS.md, run for real against the local database server:
 * a database with Pitchnight's schema and some rows is dumped the way the k8s CronJob dumps
 * (mysqldump --single-transaction ... --databases, gzipped), dropped, and restored the way the
 * procedure says (gunzip into mysql); afterwards every table has the same rows, by count and by
 * checksum. Plain JUnit: its own scratch database (bin/test creates {@code <test db>_restore}).
 */
class BackupRestoreTest {

    private static final String HOST = env("DB_HOST", "127.0.0.1");
    private static final String PORT = env("DB_PORT", "3306");
    private static final String USER = env("DB_USER", "pitchnight");
    private static final String PASSWORD = env("DB_PASSWORD", "pitchnight");
    private static final String DATABASE = env("PN_TEST_DB", "pitchnight_test") + "_restore";

    @Test
    void aDumpRestoresEveryRowAfterTheDatabaseIsGone() throws Exception {
        String url = "jdbc:mysql://" + HOST + ":" + PORT + "/" + DATABASE + "?connectionTimeZone=UTC";
        Flyway.configure().dataSource(url, USER, PASSWORD).cleanDisabled(false)
                .locations("classpath:db/migration").load().clean();
        Flyway.configure().dataSource(url, USER, PASSWORD).locations("classpath:db/migration").load().migrate();
        try (Connection db = DriverManager.getConnection(url, USER, PASSWORD)) {
            fill(db);
        }
        Map<String, String> before = contents(url);
        assertThat(before.get("meetup_groups")).startsWith("3 rows");
        assertThat(before.get("events")).startsWith("2 rows");

        Path dump = Files.createTempFile("pitchnight-backup", ".sql.gz");
        try {
            // As the CronJob (k8s/base/mysql/backup.yaml) does it.
            sh("mysqldump -h \"$DB_HOST\" -P \"$DB_PORT\" -u \"$DB_USER\" --single-transaction --routines --triggers "
                    + "--databases \"$DB_NAME\" | gzip > \"$DUMP\"", dump);
            assertThat(Files.size(dump)).isGreaterThan(1000);

            try (Connection server = DriverManager.getConnection(url, USER, PASSWORD);
                 Statement sql = server.createStatement()) {
                sql.execute("DROP DATABASE `" + DATABASE + "`");
            }
            assertThat(databaseExists()).as("dropped").isFalse();

            // As docs/OPERATIONS.md "Restore" says (there through kubectl exec into mysql-0).
            sh("gunzip -c \"$DUMP\" | mysql -h \"$DB_HOST\" -P \"$DB_PORT\" -u \"$DB_USER\"", dump);
        } finally {
            Files.deleteIfExists(dump);
        }
        assertThat(databaseExists()).as("restored").isTrue();
        assertThat(contents(url)).isEqualTo(before);
    }

    private static void fill(Connection db) throws SQLException {
        try (PreparedStatement group = db.prepareStatement(
                "INSERT INTO meetup_groups (slug, name, description, created_at) VALUES (?, ?, ?, UTC_TIMESTAMP(6))")) {
            for (String[] g : new String[][] {{"svnewtech", "SV New Tech", "Pitch nights since 2009"},
                    {"berlin-pitch", "Berlin Pitch", "Grüße aus Berlin — ünïcödé 🚀"}, {"empty", "Empty", null}}) {
                group.setString(1, g[0]);
                group.setString(2, g[1]);
                group.setString(3, g[2]);
                group.executeUpdate();
            }
        }
        try (Statement sql = db.createStatement()) {
            sql.executeUpdate("INSERT INTO group_members (group_id, username, role, joined_at) "
                    + "SELECT id, 'olivia', 'OWNER', UTC_TIMESTAMP(6) FROM meetup_groups");
        }
        try (PreparedStatement event = db.prepareStatement("INSERT INTO events (group_id, slug, title, description, "
                + "starts_at, ends_at, time_zone, capacity, status, created_by, created_at) "
                + "SELECT id, ?, ?, ?, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) + INTERVAL 3 HOUR, 'America/Los_Angeles', ?, "
                + "'PUBLISHED', 'olivia', UTC_TIMESTAMP(6) FROM meetup_groups WHERE slug = 'svnewtech'")) {
            for (int i = 1; i <= 2; i++) {
                event.setString(1, "night-" + i);
                event.setString(2, "Night " + i);
                event.setString(3, "Line one\nLine 'two' with \"quotes\" and a backslash \\");
                event.setInt(4, 100 * i);
                event.executeUpdate();
            }
        }
    }

    /** Per table: its row count and CHECKSUM TABLE, so any changed value shows. */
    private static Map<String, String> contents(String url) throws SQLException {
        Map<String, String> tables = new TreeMap<>();
        try (Connection db = DriverManager.getConnection(url, USER, PASSWORD); Statement sql = db.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = sql.executeQuery("SELECT table_name FROM information_schema.tables "
                    + "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String table : names) {
                long rows;
                try (ResultSet rs = sql.executeQuery("SELECT COUNT(*) FROM `" + table + "`")) {
                    rs.next();
                    rows = rs.getLong(1);
                }
                try (ResultSet rs = sql.executeQuery("CHECKSUM TABLE `" + table + "`")) {
                    rs.next();
                    tables.put(table, rows + " rows, checksum " + rs.getString(2));
                }
            }
        }
        assertThat(tables).hasSizeGreaterThan(10);
        return tables;
    }

    private static boolean databaseExists() throws SQLException {
        String server = "jdbc:mysql://" + HOST + ":" + PORT + "/";
        try (Connection db = DriverManager.getConnection(server, USER, PASSWORD);
             PreparedStatement q = db.prepareStatement("SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = ?")) {
            q.setString(1, DATABASE);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 1;
            }
        }
    }

    /** Runs a shell pipeline with the connection in the environment (the password as MYSQL_PWD, never an argument). */
    private static void sh(String script, Path dump) throws IOException, InterruptedException {
        Path log = Files.createTempFile("backup-restore", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder("bash", "-o", "pipefail", "-c", script)
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.put("DB_HOST", HOST);
            env.put("DB_PORT", PORT);
            env.put("DB_USER", USER);
            env.put("MYSQL_PWD", PASSWORD);
            env.put("DB_NAME", DATABASE);
            env.put("DUMP", dump.toString());
            Process process = builder.start();
            assertThat(process.waitFor(3, TimeUnit.MINUTES)).as(script).isTrue();
            assertThat(process.exitValue()).as(script + "\n" + Files.readString(log, StandardCharsets.UTF_8)).isZero();
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
