package dev.pitchnight.event;

import dev.pitchnight.web.FormState;
import java.util.LinkedHashMap;
import java.util.Map;

/** The group form as typed: starting a group and editing it. */
public record GroupForm(Map<String, String> values, Map<String, String> errors) implements FormState {

    static final String[] FIELDS = {"name", "slug", "description", "city", "timeZone", "website", "membersVisible"};

    public boolean checked(String field) {
        return "on".equals(values.get(field)) || "true".equals(values.get(field));
    }

    static GroupForm blank() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("timeZone", "America/Los_Angeles");
        return new GroupForm(values, Map.of());
    }

    static GroupForm of(MeetupGroup group) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", group.name);
        values.put("slug", group.slug);
        values.put("description", group.description == null ? "" : group.description);
        values.put("city", group.city == null ? "" : group.city);
        values.put("timeZone", group.timeZone);
        values.put("website", group.website == null ? "" : group.website);
        values.put("membersVisible", group.membersVisible ? "on" : "");
        return new GroupForm(values, Map.of());
    }

    static GroupForm posted(Map<String, String> fields) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : FIELDS) {
            String value = fields.get(field);
            values.put(field, value == null ? "" : value);
        }
        return new GroupForm(values, Map.of());
    }

    /** What the form asks for; an empty address is suggested from the name. */
    GroupInput toInput(boolean creating) {
        String slug = get("slug").strip();
        if (creating && slug.isEmpty()) {
            slug = GroupService.suggestSlug(get("name"));
        }
        return new GroupInput(creating ? slug : null, get("name"), get("description"), get("city"), get("timeZone"),
                get("website"), checked("membersVisible"), null);
    }

    GroupForm withErrors(Map<String, String> errors) {
        return new GroupForm(values, errors);
    }
}
