// The database's raw hot-row commit rate, measured by `bin/bench rush` after the RSVP rush (apps stopped):
// as many JDBC connections as the app's pool, each looping
//     UPDATE bench_counter SET n = n + 1 WHERE id = ? AND n < ?      (autocommit: one commit each)
// on the same single row, for the same number of seconds as the rush took.
//
//   java -cp <mysql-connector-j.jar> bench/HotRow.java <jdbc-url> <user> <password> <connections> <seconds>
//
// Prints "FIGURES commits=… seconds=… db_commit_per_s=… connections=…" as its last line.

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.LongAdder;

public class HotRow {

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: java -cp connector.jar bench/HotRow.java <jdbc-url> <user> <password> <connections> <seconds>");
            System.exit(2);
        }
        String url = args[0];
        if (!url.startsWith("jdbc:mysql://127.0.0.1") && !url.startsWith("jdbc:mysql://localhost")) {
            throw new IllegalArgumentException("only a local database: " + url);
        }
        String user = args[1];
        String password = args[2];
        int connections = Integer.parseInt(args[3]);
        double seconds = Math.max(1.0, Double.parseDouble(args[4]));
        long ceiling = Long.MAX_VALUE; // the "n < ?" guard never stops the loop, it only makes the UPDATE conditional

        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS bench_counter (id INT NOT NULL PRIMARY KEY, n BIGINT NOT NULL) ENGINE = InnoDB");
            s.execute("INSERT INTO bench_counter (id, n) VALUES (1, 0) ON DUPLICATE KEY UPDATE n = 0");
        }

        List<Connection> pool = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            Connection c = DriverManager.getConnection(url, user, password);
            c.setAutoCommit(true);
            pool.add(c);
        }
        LongAdder commits = new LongAdder();
        CountDownLatch start = new CountDownLatch(1);
        long[] window = new long[2];
        List<Thread> workers = new ArrayList<>();
        for (Connection c : pool) {
            workers.add(Thread.ofPlatform().start(() -> {
                try (PreparedStatement update = c.prepareStatement("UPDATE bench_counter SET n = n + 1 WHERE id = ? AND n < ?")) {
                    update.setInt(1, 1);
                    update.setLong(2, ceiling);
                    start.await();
                    long end = window[1];
                    while (System.nanoTime() < end) {
                        if (update.executeUpdate() == 1) {
                            commits.increment();
                        }
                    }
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            }));
        }
        window[0] = System.nanoTime();
        window[1] = window[0] + (long) (seconds * 1e9);
        start.countDown();
        for (Thread t : workers) {
            t.join();
        }
        double elapsed = (System.nanoTime() - window[0]) / 1e9;
        long n;
        try (Connection c = pool.get(0); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT n FROM bench_counter WHERE id = 1")) {
            rs.next();
            n = rs.getLong(1);
        }
        for (Connection c : pool.subList(1, pool.size())) {
            c.close();
        }
        if (n != commits.sum()) {
            throw new IllegalStateException("counter is " + n + " but " + commits.sum() + " commits were acknowledged");
        }
        System.out.printf(Locale.ROOT, "hot row: %d connections, %d commits in %.2f s = %.0f commits/s (counter agrees)%n",
                connections, commits.sum(), elapsed, commits.sum() / elapsed);
        System.out.printf(Locale.ROOT, "FIGURES commits=%d seconds=%.3f db_commit_per_s=%.1f connections=%d%n",
                commits.sum(), elapsed, commits.sum() / elapsed, connections);
    }
}
