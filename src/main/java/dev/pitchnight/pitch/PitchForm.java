package dev.pitchnight.pitch;

import dev.pitchnight.web.FormState;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The founder's pitch form: values as typed (so a form with mistakes comes back as sent) and a message per wrong field. */
public record PitchForm(Map<String, String> values, Map<String, String> errors) implements FormState {
    public List<Pitch.Stage> stages() {
        return Arrays.asList(Pitch.Stage.values());
    }

    static PitchForm blank(String email) {
        Map<String, String> values = new LinkedHashMap<>();
        if (email != null) {
            values.put("contactEmail", email);
        }
        return new PitchForm(values, Map.of());
    }

    static PitchForm of(Pitch pitch) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("company", pitch.company);
        values.put("oneLiner", pitch.oneLiner);
        values.put("problem", pitch.problem);
        values.put("stage", pitch.stage.name());
        values.put("website", pitch.website);
        values.put("deckUrl", pitch.deckUrl);
        values.put("team", pitch.team);
        values.put("contactEmail", pitch.contactEmail);
        values.values().removeIf(value -> value == null);
        return new PitchForm(values, Map.of());
    }

    static PitchForm posted(String company, String oneLiner, String problem, String stage, String website, String deckUrl,
                            String team, String contactEmail) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("company", company);
        values.put("oneLiner", oneLiner);
        values.put("problem", problem);
        values.put("stage", stage);
        values.put("website", website);
        values.put("deckUrl", deckUrl);
        values.put("team", team);
        values.put("contactEmail", contactEmail);
        values.values().removeIf(value -> value == null);
        return new PitchForm(values, Map.of());
    }

    PitchForm withErrors(Map<String, String> errors) {
        return new PitchForm(values, errors);
    }

    PitchInput toInput() {
        List<String> team = Arrays.stream(get("team").split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new PitchInput(get("company"), get("oneLiner"), get("problem"), get("stage"), get("website"), get("deckUrl"),
                team, get("contactEmail"));
    }
}
