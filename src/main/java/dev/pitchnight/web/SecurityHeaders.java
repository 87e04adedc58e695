package dev.pitchnight.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Content-Security-Policy for Pitchnight's own pages and API: scripts and styles only from
 * this app, no inline scripts, never framed. The tools under {@code /q} (Swagger UI) bring
 * their own inline scripts and keep their defaults. Headers that apply to every response
 * are set in application.properties. {@code 'wasm-unsafe-eval'} lets the door's QR reader
 * (zxing-wasm, served from /vendor) compile WebAssembly; it allows no JavaScript eval.
 *
 * <p>Strict-Transport-Security goes only on answers to requests that came over HTTPS: directly
 * (TLS on this server) or through a proxy trusted by {@code quarkus.http.proxy.*} that says so
 * in {@code X-Forwarded-Proto} (the Kubernetes ingress, see k8s/base). Over plain HTTP the header
 * means nothing to browsers, and a forged {@code X-Forwarded-Proto} from anyone else is ignored:
 * Quarkus only rewrites the request's scheme for trusted proxies.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self' 'wasm-unsafe-eval'; "
            + "object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    /** A year, for this host and its subdomains. */
    static final String HSTS = "max-age=31536000; includeSubDomains";

    void register(@Observes Filters filters) {
        filters.register(context -> {
            if (!context.request().path().startsWith("/q/")) {
                context.response().putHeader("Content-Security-Policy", POLICY);
            }
            if ("https".equals(context.request().scheme())) {
                context.response().putHeader("Strict-Transport-Security", HSTS);
            }
            context.next();
        }, 100);
    }
}
