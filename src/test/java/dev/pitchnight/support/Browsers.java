package dev.pitchnight.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium driven by Playwright. Playwright never downloads a browser here
 * (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1, set by the build); CHROMIUM_PATH overrides the binary.
 */
public final class Browsers {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Browsers() {
    }

    public static Browser launch(Playwright playwright) {
        return launch(playwright, List.of());
    }

    /** With extra Chromium switches, e.g. a fake camera that films a file. */
    public static Browser launch(Playwright playwright, List<String> extraArgs) {
        List<String> args = new ArrayList<>(List.of("--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"));
        args.addAll(extraArgs);
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium())
                .setHeadless(true)
                .setArgs(args));
    }

    static Path chromium() {
        String configured = System.getenv("CHROMIUM_PATH");
        return Stream.of(configured, "/usr/lib/chromium/chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser")
                .filter(candidate -> candidate != null && Files.isExecutable(Path.of(candidate)))
                .map(Path::of)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "No Chromium found: install Debian's chromium (bin/test does) or set CHROMIUM_PATH"));
    }
}
