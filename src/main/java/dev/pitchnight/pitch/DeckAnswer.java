package dev.pitchnight.pitch;

import jakarta.ws.rs.core.Response;

/** How a deck leaves the app: as a download, never cached by browsers or proxies, never sniffed. */
final class DeckAnswer {

    private DeckAnswer() {
    }

    static Response of(PitchDeck deck) {
        return Response.ok(deck.content, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + deck.fileName + "\"")
                .header("Cache-Control", "no-store, private")
                .header("Pragma", "no-cache")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
