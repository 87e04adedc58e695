package dev.pitchnight.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Locale;

/** A dependency (the database) could not do the work now; the client should retry (503). */
public class ServiceBusy extends RuntimeException {

    private final Refusal.Text words;

    public ServiceBusy(String detail, Throwable cause) {
        super(detail, cause);
        this.words = null;
    }

    /** With words in every language, e.g. {@code new ServiceBusy((Refusal.Words) m -> m.rsvp_busy(), failure)}. */
    public ServiceBusy(Refusal.Words words, Throwable cause) {
        super(words.in(Locale.ENGLISH), cause);
        this.words = words;
    }

    /** What to tell the reader, in their language when the words were given in every language. */
    public String detail(Locale language) {
        return words == null ? getMessage() : words.in(language);
    }

    /**
     * Whether a failure means "the database is away or overloaded right now" rather than a bug:
     * no connection (SQLState class 08, Connector/J's communications failures), the pool found
     * none in time, or a transient refusal (lock wait timeout, deadlock victim). Such a request
     * wrote nothing and may be retried.
     */
    public static boolean isDatabaseUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                    || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && (sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                    || String.valueOf(sql.getMessage()).contains("Acquisition timeout"))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
