package dev.pitchnight.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

    @Test
    void rendersTheUsualMarkdown() {
        String html = MarkdownText.toSafeHtml("""
                # Agenda

                Doors at **6:30 PM**, pitches at _7_.

                - four startups
                - [RSVP here](https://pitchnight.example/events/1)
                """);
        assertThat(html)
                .contains("<h1>Agenda</h1>")
                .contains("<strong>6:30 PM</strong>")
                .contains("<em>7</em>")
                .contains("<li>four startups</li>")
                .contains("<a href=\"https://pitchnight.example/events/1\" rel=\"nofollow\">RSVP here</a>");
    }

    @Test
    void neverLetsScriptsThrough() {
        String html = MarkdownText.toSafeHtml("""
                <script>alert(1)</script>
                <img src=x onerror=alert(2)>
                <a href="#" onclick="alert(4)">x</a>

                A [harmless looking link](javascript:alert(3)) in its own paragraph.
                """);
        // Raw HTML shows as text; no element, attribute or URL of it is live.
        assertThat(html)
                .doesNotContain("<script", "<img", "<a href=\"#\"", "href=\"javascript")
                .doesNotContainPattern("<[^>]*\\son\\w+=")
                .contains("&lt;script&gt;", "harmless looking link");
    }

    @Test
    void emptyDescriptionIsNothing() {
        assertThat(MarkdownText.toSafeHtml(null)).isEmpty();
        assertThat(MarkdownText.toSafeHtml("  ")).isEmpty();
    }
}
