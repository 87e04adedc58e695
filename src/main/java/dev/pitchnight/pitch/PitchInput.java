package dev.pitchnight.pitch;

import java.util.List;

/** A founder's pitch as sent (JSON body or form); {@link PitchRules} checks every field. */
public record PitchInput(String company, String oneLiner, String problem, String stage, String website,
                         String deckUrl, List<String> team, String contactEmail) {
}
