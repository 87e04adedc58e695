package dev.pitchnight.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * html-validate (from npm, fetched by bin/test) over the HTML the server sent, with the project's
 * {@code .htmlvalidate.json} (recommended rules and the few turned off, each with its reason).
 * Pages are collected first and checked in one node run: a node start costs about a second.
 */
public final class HtmlValidate {

    /** One finding: the page (what the test named it), the rule, line:column and the message. */
    public record Finding(String page, String rule, int line, int column, String message) {
        @Override
        public String toString() {
            return page + ":" + line + ":" + column + " " + rule + " — " + message;
        }
    }

    private final Map<String, String> pages = new LinkedHashMap<>();

    /** Adds the source of one page under a name that says who saw which path. */
    public void add(String name, String html) {
        pages.put(name, html);
    }

    public int size() {
        return pages.size();
    }

    /** Every error html-validate reports over the pages added (warnings are not errors). */
    public List<Finding> errors() {
        if (pages.isEmpty()) {
            return List.of();
        }
        try {
            // Kept under target/ so a finding's line can be looked up in the very source checked.
            Path dir = Files.createDirectories(Path.of("target", "html-validate"));
            Map<String, String> byFile = new LinkedHashMap<>();
            List<String> command = new ArrayList<>(List.of(executable().toString(), "--config",
                    Path.of(".htmlvalidate.json").toAbsolutePath().toString(), "--formatter", "json"));
            int n = 0;
            for (Map.Entry<String, String> page : pages.entrySet()) {
                Path file = dir.resolve(String.format("%02d-%s.html", n++,
                        page.getKey().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", ""))).toAbsolutePath();
                Files.writeString(file, page.getValue(), StandardCharsets.UTF_8);
                byFile.put(file.toString(), page.getKey());
                command.add(file.toString());
            }
            Path out = dir.resolve("result.json");
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("html-validate took longer than 120 s");
            }
            String json = Files.readString(out);
            if (json.isBlank()) {
                if (process.exitValue() != 0) {
                    throw new IllegalStateException("html-validate failed with exit code " + process.exitValue());
                }
                return List.of();
            }
            List<Finding> found = new ArrayList<>();
            for (JsonNode result : new ObjectMapper().readTree(json)) {
                String page = byFile.getOrDefault(result.path("filePath").asText(), result.path("filePath").asText());
                for (JsonNode message : result.path("messages")) {
                    if (message.path("severity").asInt() >= 2) {
                        found.add(new Finding(page, message.path("ruleId").asText(), message.path("line").asInt(),
                                message.path("column").asInt(), message.path("message").asText()));
                    }
                }
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** HTML_VALIDATE_BIN (bin/test sets it), else what bin/test installed into .cache/. */
    private static Path executable() throws IOException {
        String configured = System.getenv("HTML_VALIDATE_BIN");
        if (configured != null && Files.isExecutable(Path.of(configured))) {
            return Path.of(configured);
        }
        try (Stream<Path> cached = Files.list(Path.of(".cache"))) {
            return cached.filter(dir -> dir.getFileName().toString().startsWith("html-validate-"))
                    .map(dir -> dir.resolve("node_modules/.bin/html-validate")).filter(Files::isExecutable).findFirst()
                    .orElseThrow(() -> new IllegalStateException("html-validate is missing: run bin/test (it fetches it from npm)"));
        }
    }
}
