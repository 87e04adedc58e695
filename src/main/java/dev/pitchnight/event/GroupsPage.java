package dev.pitchnight.event;

import dev.pitchnight.web.Paged;
import dev.pitchnight.web.Refusal;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The pages of the groups' directory and of the group form (starting and editing a group).
 * Their routes are in {@link GroupPage}: one resource for everything under /groups, so that
 * /groups/new is not taken for a group called "new".
 */
final class GroupsPage {

    private GroupsPage() {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance groups(Paged<GroupView> found, String q);

        static native TemplateInstance groupForm(MeetupGroup group, GroupForm form, List<String> zones);
    }

    static Map<String, String> single(MultivaluedMap<String, String> fields) {
        Map<String, String> values = new HashMap<>();
        fields.forEach((key, list) -> values.put(key, list.isEmpty() ? null : list.get(0)));
        return values;
    }

    /** The same form with the messages in the reader's language; 400 for mistakes, 409 for an address taken. */
    static Response again(Refusal refusal, Locale language, MeetupGroup group, GroupForm form) {
        if (refusal.status() == Response.Status.FORBIDDEN || refusal.status() == Response.Status.NOT_FOUND) {
            throw refusal;
        }
        Map<String, String> errors = new LinkedHashMap<>(refusal.fieldErrors(language));
        if (refusal.status() == Response.Status.CONFLICT) {
            errors.put("slug", refusal.detail(language));
        }
        if (errors.isEmpty()) {
            errors.put("form", refusal.detail(language));
        }
        return Response.status(refusal.status())
                .entity(Templates.groupForm(group, form.withErrors(errors), EventFormPage.ZONES)).build();
    }
}
