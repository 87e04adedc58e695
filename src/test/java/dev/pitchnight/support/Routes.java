package dev.pitchnight.support;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every route of the application, read from its compiled resource classes (each {@code @Path}
 * with an HTTP method), so that tests that go over all routes cannot forget a new one.
 */
public final class Routes {

    /** One route: "POST", "/events/{id}/rsvp", what it consumes and produces ("" when it says nothing). */
    public record Route(String method, String path, String consumes, String produces) {

        public String key() {
            return method + " " + path;
        }

        /** A server-sent-event stream: it never ends by itself. */
        public boolean streams() {
            return produces.contains("text/event-stream");
        }

        public boolean writes() {
            return !method.equals("GET") && !method.equals("HEAD");
        }
    }

    private static final List<Class<? extends Annotation>> VERBS = List.of(GET.class, POST.class, PUT.class, DELETE.class,
            PATCH.class, HEAD.class);

    private static volatile Map<String, Route> all;

    private Routes() {
    }

    /** By "METHOD /path". */
    public static Map<String, Route> all() {
        if (all == null) {
            all = scan();
        }
        return all;
    }

    private static Map<String, Route> scan() {
        java.nio.file.Path classes = Paths.get("target/classes");
        Map<String, Route> routes = new LinkedHashMap<>();
        List<java.nio.file.Path> files;
        try (Stream<java.nio.file.Path> walk = Files.walk(classes.resolve("dev/pitchnight"))) {
            files = walk.filter(f -> f.toString().endsWith(".class")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (java.nio.file.Path file : files) {
            String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
            Class<?> type;
            try {
                type = Class.forName(name, false, Routes.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                continue;
            }
            Path base = type.getAnnotation(Path.class);
            if (base == null) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                for (Class<? extends Annotation> verb : VERBS) {
                    if (method.isAnnotationPresent(verb)) {
                        Path sub = method.getAnnotation(Path.class);
                        Consumes consumes = method.isAnnotationPresent(Consumes.class) ? method.getAnnotation(Consumes.class)
                                : type.getAnnotation(Consumes.class);
                        Produces produces = method.isAnnotationPresent(Produces.class) ? method.getAnnotation(Produces.class)
                                : type.getAnnotation(Produces.class);
                        Route route = new Route(verb.getSimpleName(), join(base.value(), sub == null ? "" : sub.value()),
                                consumes == null ? "" : String.join(",", consumes.value()),
                                produces == null ? "" : String.join(",", produces.value()));
                        routes.put(route.key(), route);
                    }
                }
            }
        }
        return routes;
    }

    /** The path with its {placeholders} filled from {@code ids}; keys starting with "/" replace a whole prefix. */
    public static String fill(String path, Map<String, String> ids) {
        String filled = path;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            filled = id.getKey().startsWith("/") ? filled.replace(id.getKey(), id.getValue())
                    : filled.replace("{" + id.getKey() + "}", id.getValue());
        }
        if (filled.contains("{")) {
            throw new IllegalStateException("No value for a placeholder of " + path);
        }
        return filled;
    }

    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

}
