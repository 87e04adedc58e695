package dev.pitchnight.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MigrationsTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyMigrationIsAppliedSuccessfully() throws SQLException {
        List<String> applied = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet rows = connection.createStatement().executeQuery(
                     "SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank")) {
            while (rows.next()) {
                assertThat(rows.getBoolean("success")).as("migration %s succeeded", rows.getString("version")).isTrue();
                applied.add(rows.getString("version"));
            }
        }
        assertThat(applied).startsWith("1");
    }

    @Test
    void schemaHasTheCoreTablesInUtf8mb4() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet rows = connection.createStatement().executeQuery(
                     "SELECT table_name, table_collation FROM information_schema.tables WHERE table_schema = DATABASE()")) {
            while (rows.next()) {
                tables.add(rows.getString(1).toLowerCase());
                if (!rows.getString(1).equalsIgnoreCase("flyway_schema_history")) {
                    assertThat(rows.getString(2)).as("collation of %s", rows.getString(1)).startsWith("utf8mb4");
                }
            }
        }
        assertThat(tables).contains("meetup_groups", "group_members", "events");
    }
}
