package dev.pitchnight.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The cheapest answer this server gives through the same stack as its pages (Vert.x, security,
 * Quarkus REST): what `bin/bench page` compares the event page with. Also handy for a load
 * balancer that wants more than a TCP check but less than /q/health.
 */
@Path("/ping")
public class Ping {

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_PLAIN)
    public String ping() {
        return "pong";
    }
}
