package dev.pitchnight.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import dev.pitchnight.support.BrowserJourney;
import dev.pitchnight.support.Keycloak;
import dev.pitchnight.support.MatrixData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * axe-core (from npm, fetched by bin/test) on the main pages, as each kind of person sees them,
 * in headless Chromium at phone size: no serious or critical WCAG 2.x A/AA violation. People
 * are signed in with a bearer token on every request (the app accepts one on pages, too), so
 * the check needs no trip through Keycloak's login page.
 */
@QuarkusTest
class AccessibilityTest extends BrowserJourney {

    @Inject
    MatrixData world;

    @Test
    void mainPagesHaveNoSeriousOrCriticalViolationsForAnyone() throws IOException {
        String axe = Files.readString(axeCore());
        Map<String, String> ids = world.night();
        String night = "/events/" + ids.get("id");
        Map<String, List<String>> pages = Map.of(
                "anonymous", List.of("/", night, "/groups/svnewtech", "/no/such/page"),
                "alice", List.of("/", night, "/account", night + "/ticket", night + "/network", "/contacts"),
                "sam", List.of("/pitches/mine", night + "/pitches/new", "/pitches/" + ids.get("pitchId") + "/edit"),
                "olivia", List.of(night + "/attendees", night + "/edit", "/groups/svnewtech/events/new", night + "/review",
                        night + "/agenda", night + "/checkin", night + "/attendance", "/groups/svnewtech/attendance"));

        List<String> violations = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, List<String>> person : pages.entrySet()) {
            Browser.NewContextOptions options = new Browser.NewContextOptions().setBypassCSP(true);
            if (!person.getKey().equals("anonymous")) {
                options.setExtraHTTPHeaders(Map.of("Authorization", "Bearer " + Keycloak.accessToken(person.getKey())));
            }
            try (BrowserContext context = phone(options)) {
                Page page = context.newPage();
                for (String path : person.getValue()) {
                    Response response = page.navigate(home.toString().replaceAll("/$", "") + path);
                    assertThat(response.status()).as("%s as %s", path, person.getKey()).isIn(200, 404);
                    page.addScriptTag(new Page.AddScriptTagOptions().setContent(axe));
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> found = (List<Map<String, Object>>) page.evaluate("""
                            async () => {
                              const result = await axe.run(document, { runOnly: { type: 'tag',
                                values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
                              return result.violations
                                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                                .map(v => ({ id: v.id, impact: v.impact, help: v.help,
                                             where: v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ') }));
                            }""");
                    checked++;
                    for (Map<String, Object> v : found) {
                        violations.add(person.getKey() + " " + path + ": " + v.get("impact") + " " + v.get("id") + " — "
                                + v.get("help") + " at " + v.get("where"));
                    }
                }
            }
        }
        System.out.println("AXE pages=" + checked + " serious_or_critical=" + violations.size());
        assertThat(violations).as("serious or critical axe violations on %d pages", checked).isEmpty();
    }

    /** AXE_CORE_PATH (bin/test sets it), else what bin/test fetched into .cache/. */
    private static Path axeCore() throws IOException {
        String configured = System.getenv("AXE_CORE_PATH");
        if (configured != null && Files.isRegularFile(Path.of(configured))) {
            return Path.of(configured);
        }
        try (Stream<Path> cached = Files.list(Path.of(".cache"))) {
            return cached.filter(dir -> dir.getFileName().toString().startsWith("axe-core-"))
                    .map(dir -> dir.resolve("package/axe.min.js")).filter(Files::isRegularFile).findFirst()
                    .orElseThrow(() -> new IllegalStateException("axe-core is missing: run bin/test (it fetches it from npm)"));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalStateException("axe-core is missing: run bin/test (it fetches it from npm)", e);
        }
    }
}
