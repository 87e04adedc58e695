package dev.pitchnight.pitch;

import java.nio.charset.StandardCharsets;

/**
 * Is it a PDF? Judged by content, never by the file's name or the type the browser claims: it
 * must start with the {@code %PDF-1.x}/{@code %PDF-2.x} header and end with a trailer
 * ({@code startxref}, then {@code %%EOF}) within the last kilobyte, as every complete PDF does.
 * A structural check, not a full parse: it refuses renamed images, HTML and truncated uploads
 * without adding a PDF library; the deck is served as an attachment, never rendered by us.
 */
final class DeckFile {

    private DeckFile() {
    }

    static void check(byte[] bytes, long maxBytes) {
        if (bytes == null || bytes.length == 0) {
            throw PitchRefusals.invalid("deck", m -> m.deck_empty());
        }
        if (bytes.length > maxBytes) {
            long megabytes = maxBytes / (1024 * 1024);
            throw PitchRefusals.tooLarge("deck", m -> m.deck_file_larger_than(megabytes), m -> m.deck_larger_than(megabytes));
        }
        if (!isPdf(bytes)) {
            throw PitchRefusals.invalid("deck", m -> m.deck_not_pdf());
        }
    }

    static boolean isPdf(byte[] bytes) {
        if (bytes.length < 32) {
            return false;
        }
        String head = new String(bytes, 0, 8, StandardCharsets.ISO_8859_1);
        if (!head.matches("%PDF-[12]\\.\\d")) {
            return false;
        }
        int tailStart = Math.max(0, bytes.length - 1024);
        String tail = new String(bytes, tailStart, bytes.length - tailStart, StandardCharsets.ISO_8859_1);
        int startxref = tail.lastIndexOf("startxref");
        int eof = tail.lastIndexOf("%%EOF");
        return startxref >= 0 && eof > startxref;
    }

    /** A safe name for Content-Disposition: letters, digits, dot, dash, underscore; always ending in .pdf. */
    static String safeName(String company) {
        String base = company == null ? "deck" : company.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("(^-+|-+$)", "");
        if (base.isEmpty()) {
            base = "deck";
        }
        if (base.length() > 80) {
            base = base.substring(0, 80);
        }
        return base + "-deck.pdf";
    }
}
