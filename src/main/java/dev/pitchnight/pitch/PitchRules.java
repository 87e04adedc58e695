package dev.pitchnight.pitch;

import dev.pitchnight.web.Refusal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** What a pitch must look like: every wrong field is named at once, and nothing is written. */
final class PitchRules {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    static final int MAX_TEAM = 10;

    private PitchRules() {
    }

    static void apply(Pitch pitch, PitchInput input) {
        if (input == null) {
            throw PitchRefusals.invalid("body", m -> m.pitch_required());
        }
        Map<String, PitchRefusals.Words> errors = new LinkedHashMap<>();
        String company = required(input.company(), "company", 120, errors);
        String oneLiner = required(input.oneLiner(), "oneLiner", 200, errors);
        String problem = required(input.problem(), "problem", 4000, errors);
        Pitch.Stage stage = null;
        String stageText = trim(input.stage());
        if (stageText == null) {
            errors.put("stage", m -> m.required());
        } else {
            try {
                stage = Pitch.Stage.valueOf(stageText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.put("stage", m -> m.stage_unknown());
            }
        }
        String website = url(input.website(), "website", errors);
        String deckUrl = url(input.deckUrl(), "deckUrl", errors);
        List<String> team = new ArrayList<>();
        if (input.team() != null) {
            for (String member : input.team()) {
                String name = trim(member);
                if (name == null) {
                    continue;
                }
                if (name.length() > 120 || name.contains("\n")) {
                    errors.put("team", m -> m.team_name_line());
                }
                team.add(name);
            }
        }
        if (team.size() > MAX_TEAM) {
            errors.put("team", m -> m.team_at_most(MAX_TEAM));
        }
        String email = trim(input.contactEmail());
        if (email == null) {
            errors.put("contactEmail", m -> m.required());
        } else if (email.length() > 320 || !EMAIL.matcher(email).matches()) {
            errors.put("contactEmail", m -> m.email_like());
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        pitch.company = company;
        pitch.oneLiner = oneLiner;
        pitch.problem = problem;
        pitch.stage = stage;
        pitch.website = website;
        pitch.deckUrl = deckUrl;
        pitch.team = team.isEmpty() ? null : String.join("\n", team);
        pitch.contactEmail = email;
    }

    private static String required(String value, String field, int max, Map<String, PitchRefusals.Words> errors) {
        String text = trim(value);
        if (text == null) {
            errors.put(field, m -> m.required());
        } else if (text.length() > max) {
            errors.put(field, m -> m.at_most_characters(max));
        }
        return text;
    }

    /** Optional; when given, an absolute http(s) address. */
    private static String url(String value, String field, Map<String, PitchRefusals.Words> errors) {
        String text = trim(value);
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (text.length() > 500 || !(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
                errors.put(field, m -> m.web_address());
            }
        } catch (URISyntaxException e) {
            errors.put(field, m -> m.web_address());
        }
        return text;
    }

    static String trim(String value) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        return text.isEmpty() ? null : text;
    }
}
