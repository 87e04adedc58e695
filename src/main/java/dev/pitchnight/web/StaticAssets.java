package dev.pitchnight.web;

import io.quarkus.qute.TemplateExtension;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * URLs of the static files under {@code META-INF/resources} versioned by their content:
 * {@code {asset:url('/css/app.css')}} renders {@code /css/app.css?v=<hash>}, the first 12 hex
 * digits of the file's SHA-256. A changed file gets a new URL, so a versioned URL can be cached
 * for a year as immutable ({@link DeliveryHeaders}).
 *
 * <p>The door's QR scanner (scanner.js, the barcode-detector ponyfill and the zxing WebAssembly
 * it loads by a fixed path) is linked without a version: its files find each other by plain URLs.
 */
@TemplateExtension(namespace = "asset")
public final class StaticAssets {

    private static final String ROOT = "META-INF/resources";
    private static final Map<String, Optional<String>> VERSIONS = new ConcurrentHashMap<>();

    private StaticAssets() {
    }

    /** The path with {@code ?v=<content hash>}, or the path unchanged if no such file is packaged. */
    static String url(String path) {
        return version(path).map(v -> path + "?v=" + v).orElse(path);
    }

    /** The content hash of the static file at this path (e.g. {@code /css/app.css}), if it exists. */
    public static Optional<String> version(String path) {
        if (path == null || !path.startsWith("/") || path.contains("..")) {
            return Optional.empty();
        }
        return VERSIONS.computeIfAbsent(path, StaticAssets::hashOf);
    }

    private static Optional<String> hashOf(String path) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(ROOT + path)) {
            if (in == null) {
                return Optional.empty();
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(in.readAllBytes());
            return Optional.of(HexFormat.of().formatHex(sha.digest()).substring(0, 12));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
