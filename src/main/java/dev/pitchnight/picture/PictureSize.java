package dev.pitchnight.picture;

import java.util.Locale;
import java.util.Optional;

/**
 * The web sizes kept of every picture: {@code CARD} for lists, {@code PAGE} for the night's or group's
 * own page, {@code SHARE} at 1200×630 for link previews ({@code og:image}).
 */
public enum PictureSize {
    CARD,
    PAGE,
    SHARE;

    /** The word in addresses: "card", "page", "share". */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PictureSize> of(String word) {
        for (PictureSize size : values()) {
            if (size.word().equals(word)) {
                return Optional.of(size);
            }
        }
        return Optional.empty();
    }
}
