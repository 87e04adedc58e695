package dev.pitchnight.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Pattern;

/**
 * The site's own settings: {@code pitchnight.base-url} (links in mails and QR codes) and
 * {@code pitchnight.cookies.force-secure}. Checked at start; the features' settings live beside
 * them in their own mappings (e.g. {@code rsvp/RsvpConfig}).
 */
@ConfigMapping(prefix = "pitchnight")
public interface SiteConfig {

    /** Where people reach the site, without a trailing slash in what {@link #address()} gives. */
    @Pattern(regexp = "https?://\\S+")
    String baseUrl();

    Cookies cookies();

    interface Cookies {
        /** Secure cookies even over plain HTTP (production is behind TLS). */
        @WithDefault("false")
        boolean forceSecure();
    }

    /** The base URL without a trailing slash, ready to put a path after. */
    default String address() {
        String url = baseUrl();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
