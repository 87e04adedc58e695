package dev.pitchnight.pitch;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A founder's pitch as sent (JSON body or form); {@link PitchRules} checks every field. */
public record PitchInput(String company, String oneLiner, String problem,
                         @Schema(enumeration = {"IDEA", "PROTOTYPE", "LAUNCHED", "REVENUE", "SCALING"},
                                 description = "The startup's stage (Pitch.Stage; any letter case).")
                         String stage,
                         @Schema(format = "uri", examples = "https://example.org") String website,
                         @Schema(format = "uri", examples = "https://example.org/deck.pdf") String deckUrl,
                         List<String> team,
                         @Schema(format = "email", examples = "founder@example.org") String contactEmail) {
}
