package dev.pitchnight.web;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Organizers write descriptions in Markdown; pages show them as HTML: {@code {event.description.markdown}}.
 * Raw HTML in the source is escaped by the renderer, and the result passes an allow-list
 * sanitizer (formatting, blocks, lists, links, tables; no scripts, styles, images or event
 * handlers) before it reaches a page.
 */
@TemplateExtension
public class MarkdownText {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES);

    static RawString markdown(String source) {
        return new RawString(toSafeHtml(source));
    }

    public static String toSafeHtml(String source) {
        if (source == null || source.isBlank()) {
            return "";
        }
        return POLICY.sanitize(RENDERER.render(PARSER.parse(source)));
    }
}
