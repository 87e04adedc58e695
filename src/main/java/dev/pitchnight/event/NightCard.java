package dev.pitchnight.event;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jboss.logging.Logger;

/**
 * The preview card a shared link shows when a night has no picture: 1200×630 (the size Facebook, LinkedIn,
 * Mastodon and X crop to), the night's title in large type, its date and time in the night's zone, and the
 * group, in Pitchnight's colours. Drawn with the JDK's Java2D (headless), so no image library is needed.
 *
 * <p>Text needs a font from the system (fontconfig); a machine without any still gets the card's colours and
 * brand bar, never an error.
 */
public final class NightCard {

    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;

    private static final Logger LOG = Logger.getLogger(NightCard.class);
    private static final Color BRAND = new Color(0x3b2a8f);
    private static final Color BRAND_DARK = new Color(0x2a1d6b);
    private static final Color ACCENT = new Color(0xffb020);
    private static final Color SOFT = new Color(0xd9d4f5);
    private static final int MARGIN = 80;
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE, MMMM d, uuuu · h:mm a zzz", Locale.ENGLISH);

    private NightCard() {
    }

    /** The card as PNG bytes. */
    public static byte[] png(Event event, String groupName) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(BRAND);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(BRAND_DARK);
            g.fillRect(0, HEIGHT - 90, WIDTH, 90);
            g.setColor(ACCENT);
            g.fillRect(0, 0, 18, HEIGHT);
            try {
                drawText(g, event, groupName);
            } catch (RuntimeException | Error noFonts) {
                LOG.warnf("The preview card of night %d has no text (no usable font on this machine): %s", event.id, noFonts);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        }
        return out.toByteArray();
    }

    private static void drawText(Graphics2D g, Event event, String groupName) {
        int width = WIDTH - 2 * MARGIN;
        g.setColor(SOFT);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 34));
        g.drawString(ellipsis(groupName, g.getFontMetrics(), width), MARGIN, 120);

        g.setColor(Color.WHITE);
        Font titleFont = new Font(Font.SANS_SERIF, Font.BOLD, 72);
        List<String> lines = wrap(event.title, g.getFontMetrics(titleFont), width, 3);
        if (lines.size() == 3) {
            titleFont = titleFont.deriveFont(60f);
            lines = wrap(event.title, g.getFontMetrics(titleFont), width, 3);
        }
        g.setFont(titleFont);
        int lineHeight = g.getFontMetrics().getHeight();
        int y = 210 + g.getFontMetrics().getAscent() - 40;
        for (String line : lines) {
            g.drawString(line, MARGIN, y);
            y += lineHeight;
        }

        g.setColor(ACCENT);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 36));
        g.drawString(ellipsis(WHEN.format(event.localStart()), g.getFontMetrics(), width), MARGIN, HEIGHT - 170);
        String place = EventCalendar.location(event);
        if (place != null) {
            g.setColor(SOFT);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 30));
            g.drawString(ellipsis(place, g.getFontMetrics(), width), MARGIN, HEIGHT - 120);
        }

        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 30));
        g.drawString("▲ Pitchnight", MARGIN, HEIGHT - 34);
    }

    /** Greedy word wrap into at most {@code maxLines} lines; the last one ends with "…" if text is left. */
    static List<String> wrap(String text, FontMetrics metrics, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String[] words = text.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String candidate = line.isEmpty() ? words[i] : line + " " + words[i];
            if (metrics.stringWidth(candidate) <= width || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            lines.add(line.toString());
            line.setLength(0);
            line.append(words[i]);
            if (lines.size() == maxLines) {
                String last = lines.remove(maxLines - 1);
                lines.add(ellipsis(last + " " + String.join(" ", List.of(words).subList(i, words.length)), metrics, width));
                return lines;
            }
        }
        if (!line.isEmpty()) {
            lines.add(ellipsis(line.toString(), metrics, width));
        }
        return lines;
    }

    static String ellipsis(String text, FontMetrics metrics, int width) {
        if (metrics.stringWidth(text) <= width) {
            return text;
        }
        int end = text.length();
        while (end > 0 && metrics.stringWidth(text.substring(0, end) + "…") > width) {
            end = text.offsetByCodePoints(end, -1);
        }
        return text.substring(0, end).stripTrailing() + "…";
    }
}
