package dev.pitchnight.notify;

import dev.pitchnight.web.MarkdownText;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every mail in two parts: its plain text with a footer, and HTML in Pitchnight's look
 * ({@code templates/MailLayout/letter.html}: the brand bar, the text, the footer; inline styles,
 * no images, so it reads the same with pictures blocked). The HTML shows the same text, its
 * paragraphs and links kept, or an organizer's Markdown, rendered and sanitized like descriptions.
 */
final class MailLayout {

    @CheckedTemplate(basePath = "MailLayout")
    static class Templates {
        static native TemplateInstance letter(String lang, String subject, List<Block> blocks, Footer footer, String brand);
    }

    /** The footer's words and links; {@code unsubscribeUrl} null for answers to the reader's own action. */
    record Footer(String why, String unsubscribeLabel, String unsubscribeUrl, String settingsLabel, String settingsUrl) {
    }

    /** A paragraph of the text (its lines, each a run of plain text and links), or a piece of sanitized HTML. */
    record Block(List<List<Segment>> lines, RawString html) {
    }

    record Segment(String text, boolean link) {
    }

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");
    /** Between a mail's text and its footer: the usual signature separator ("-- " on a line of its own). */
    private static final String FOOTER_RULE = "\n\n-- \n";
    private static final Pattern BLANK_LINES = Pattern.compile("\\R[ \\t]*\\R[\\s]*");

    private MailLayout() {
    }

    static Footer footer(OutboxMail.Kind kind, Locale language, String unsubscribeUrl, String settingsUrl) {
        MailMessages words = Outbox.words(MailMessages.class, language);
        String why = kind.topic() == null ? words.footer_always() : switch (kind.topic()) {
            case NEW_NIGHTS -> words.footer_new_nights();
            case REMINDERS -> words.footer_reminders();
            case ORGANIZER_MESSAGES -> words.footer_organizer_messages();
        };
        String unsubscribe = kind.topic() == null ? words.footer_unsubscribe_all() : words.footer_unsubscribe_topic();
        return new Footer(why, unsubscribe, unsubscribeUrl, words.footer_settings(), settingsUrl);
    }

    /** The plain text part: the feature's text, then the footer. */
    static String text(String text, Footer footer) {
        StringBuilder out = new StringBuilder(text.stripTrailing()).append(FOOTER_RULE).append(footer.why()).append('\n');
        if (footer.unsubscribeUrl() != null) {
            out.append(footer.unsubscribeLabel()).append(": ").append(footer.unsubscribeUrl()).append('\n');
        }
        return out.append(footer.settingsLabel()).append(": ").append(footer.settingsUrl()).append('\n').toString();
    }

    /** The text a plain text part was made of: everything before the footer {@link #text} added. */
    static String textOf(String body) {
        int footer = body.lastIndexOf(FOOTER_RULE);
        return footer < 0 ? body : body.substring(0, footer);
    }

    /**
     * The HTML part, rendered when the mail is sent. An organizer's Markdown stands verbatim in the
     * text; in HTML it is rendered (and sanitized), the text around it stays paragraphs.
     */
    static String html(Locale language, String subject, String text, String markdown, Footer footer) {
        List<Block> blocks = new ArrayList<>();
        String source = markdown == null ? "" : markdown.strip();
        int at = source.isEmpty() ? -1 : text.indexOf(source);
        if (at < 0) {
            blocks.addAll(paragraphs(text));
        } else {
            blocks.addAll(paragraphs(text.substring(0, at)));
            blocks.add(new Block(null, new RawString(MarkdownText.toSafeHtml(source))));
            blocks.addAll(paragraphs(text.substring(at + source.length())));
        }
        return Templates.letter(language.toLanguageTag(), subject, blocks, footer,
                        Outbox.words(MailMessages.class, language).brand())
                .setLocale(language)
                .render();
    }

    /** Plain text as paragraphs (split at blank lines) of lines, with the addresses in it as links. */
    static List<Block> paragraphs(String text) {
        List<Block> paragraphs = new ArrayList<>();
        if (text.isBlank()) {
            return paragraphs;
        }
        for (String block : BLANK_LINES.split(text.strip())) {
            List<List<Segment>> lines = new ArrayList<>();
            for (String line : block.split("\\R")) {
                lines.add(segments(line.strip()));
            }
            paragraphs.add(new Block(lines, null));
        }
        return paragraphs;
    }

    private static List<Segment> segments(String line) {
        List<Segment> segments = new ArrayList<>();
        Matcher link = LINK.matcher(line);
        int at = 0;
        while (link.find()) {
            if (link.start() > at) {
                segments.add(new Segment(line.substring(at, link.start()), false));
            }
            segments.add(new Segment(link.group(), true));
            at = link.end();
        }
        if (at < line.length()) {
            segments.add(new Segment(line.substring(at), false));
        }
        return segments;
    }
}
