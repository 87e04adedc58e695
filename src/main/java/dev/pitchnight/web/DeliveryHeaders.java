package dev.pitchnight.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What every response says about caching, compression and dates.
 *
 * <ul>
 *   <li>Error answers compressed like the rest: Quarkus marks every response {@code Content-Encoding:
 *       identity} and lifts that only for what a resource method or the static handler produced, not
 *       for what an exception mapper answered (problem+json, error pages). A response whose media
 *       type is one of {@code quarkus.http.compress-media-types} loses the marker here.</li>
 *   <li>{@code Vary: Accept-Encoding} on every response: the body depends on it since responses
 *       are compressed ({@code quarkus.http.enable-compression}), and a shared cache must not hand
 *       a brotli body to a client that asked for gzip. Vert.x compresses but does not say so.</li>
 *   <li>A static file asked for under the version of its current content ({@code ?v=<hash>},
 *       {@link StaticAssets}) is {@code public, max-age=31536000, immutable}: browsers never ask
 *       again, and a new content gets a new URL. Unversioned (or stale) URLs keep the hour that
 *       application.properties gives every static file.</li>
 *   <li>{@code Last-Modified} is written as the IMF-fixdate of RFC 9110 ({@code Thu, 04 Dec 2026
 *       10:00:00 GMT}): the static file handler writes it with Java's RFC 1123 format, whose day of
 *       the month has no leading zero ({@code Thu, 4 Dec 2026}).</li>
 * </ul>
 */
@ApplicationScoped
public class DeliveryHeaders {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private static final Pattern STATIC = Pattern.compile("/(css|img|js|vendor)/.+");

    /** IMF-fixdate, RFC 9110 section 5.6.7: always two digits for the day, always GMT. */
    static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    void register(@Observes Filters filters) {
        Set<String> compressible = Set.copyOf(ConfigProvider.getConfig()
                .getOptionalValues("quarkus.http.compress-media-types", String.class).orElse(List.of()));
        filters.register(context -> {
            String path = context.request().path();
            boolean versioned = STATIC.matcher(path).matches()
                    && StaticAssets.version(path).map(v -> v.equals(context.request().getParam("v"))).orElse(false);
            context.addHeadersEndHandler(done -> {
                var headers = context.response().headers();
                String type = headers.get("Content-Type");
                if ("identity".equals(headers.get("Content-Encoding")) && type != null
                        && compressible.contains(type.split(";")[0].trim().toLowerCase(Locale.ROOT))) {
                    headers.remove("Content-Encoding");
                }
                String vary = headers.get("Vary");
                if (vary == null || vary.isBlank()) {
                    headers.set("Vary", "Accept-Encoding");
                } else if (!vary.toLowerCase(Locale.ROOT).contains("accept-encoding")) {
                    headers.set("Vary", vary + ", Accept-Encoding");
                }
                if (versioned && context.response().getStatusCode() == 200) {
                    headers.set("Cache-Control", IMMUTABLE);
                }
                String lastModified = headers.get("Last-Modified");
                if (lastModified != null) {
                    headers.set("Last-Modified", httpDate(lastModified));
                }
            });
            context.next();
        }, 90);
    }

    /** The same instant as an IMF-fixdate; a value that is no date at all is left as it is. */
    static String httpDate(String value) {
        try {
            return HTTP_DATE.format(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
        } catch (DateTimeParseException e) {
            return value;
        }
    }
}
