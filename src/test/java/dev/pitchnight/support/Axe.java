package dev.pitchnight.support;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * axe-core (from npm, fetched by bin/test) run in a page. The page's context must bypass the CSP
 * ({@code setBypassCSP(true)}): axe is added as a script of its own, which the app's CSP forbids.
 */
public final class Axe {

    /** WCAG 2.0, 2.1 and 2.2 at levels A and AA: what every page must pass. */
    public static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /** The same plus WCAG 2.x AAA (color-contrast-enhanced: 7:1, or 4.5:1 for large text): the projector's bar. */
    public static final List<String> WCAG_AAA = Stream.concat(WCAG_AA.stream(), Stream.of("wcag2aaa")).toList();

    private static String source;

    private Axe() {
    }

    /** One violation: its rule, impact, help text and up to three places. */
    public record Violation(String id, String impact, String help, String where) {
        public boolean seriousOrCritical() {
            return "serious".equals(impact) || "critical".equals(impact);
        }

        @Override
        public String toString() {
            return impact + " " + id + " — " + help + " at " + where;
        }
    }

    /** All violations of the rules with these tags on the page as it is now. */
    public static List<Violation> run(Page page, List<String> tags) {
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(source()));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> found = (List<Map<String, Object>>) page.evaluate("""
                async tags => {
                  const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
                  return result.violations.map(v => ({ id: v.id, impact: v.impact || '', help: v.help,
                    where: v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ') }));
                }""", tags);
        return found.stream().map(v -> new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
                (String) v.get("where"))).toList();
    }

    static synchronized String source() {
        if (source == null) {
            try {
                source = Files.readString(path());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }

    /** AXE_CORE_PATH (bin/test sets it), else what bin/test fetched into .cache/. */
    private static Path path() throws IOException {
        String configured = System.getenv("AXE_CORE_PATH");
        if (configured != null && Files.isRegularFile(Path.of(configured))) {
            return Path.of(configured);
        }
        try (Stream<Path> cached = Files.list(Path.of(".cache"))) {
            return cached.filter(dir -> dir.getFileName().toString().startsWith("axe-core-"))
                    .map(dir -> dir.resolve("package/axe.min.js")).filter(Files::isRegularFile).findFirst()
                    .orElseThrow(() -> new IllegalStateException("axe-core is missing: run bin/test (it fetches it from npm)"));
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("axe-core is missing: run bin/test (it fetches it from npm)", e);
        }
    }
}
