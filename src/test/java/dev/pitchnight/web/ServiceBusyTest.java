package dev.pitchnight.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;

/** Which failures are "the database is away, retry" (503) and which are bugs (500). */
class ServiceBusyTest {

    @Test
    void lostConnectionsPoolTimeoutsAndDeadlocksAreUnavailability() {
        assertThat(ServiceBusy.isDatabaseUnavailable(new PersistenceException("wrapped",
                new SQLRecoverableException("Communications link failure")))).isTrue();
        assertThat(ServiceBusy.isDatabaseUnavailable(new RuntimeException(
                new SQLException("Could not connect", "08S01")))).isTrue();
        assertThat(ServiceBusy.isDatabaseUnavailable(new SQLException(
                "Acquisition timeout while waiting for new connection"))).isTrue();
        assertThat(ServiceBusy.isDatabaseUnavailable(new PersistenceException(
                new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213)))).isTrue();
    }

    @Test
    void constraintViolationsAndOrdinaryBugsAreNot() {
        assertThat(ServiceBusy.isDatabaseUnavailable(new PersistenceException(
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062)))).isFalse();
        assertThat(ServiceBusy.isDatabaseUnavailable(new IllegalStateException("bug"))).isFalse();
        assertThat(ServiceBusy.isDatabaseUnavailable(new SQLException("Syntax error", "42000"))).isFalse();
    }
}
