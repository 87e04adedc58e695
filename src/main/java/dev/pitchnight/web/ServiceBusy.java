package dev.pitchnight.web;

/** A dependency (the database) could not do the work now; the client should retry (503). */
public class ServiceBusy extends RuntimeException {

    public ServiceBusy(String detail, Throwable cause) {
        super(detail, cause);
    }
}
