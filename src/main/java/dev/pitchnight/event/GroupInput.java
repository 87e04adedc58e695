package dev.pitchnight.event;

/**
 * A group as {@code POST /api/groups}, {@code PATCH /api/groups/{slug}} and the group forms
 * send it; a null field is left as it is. {@code suspended} is for admins only.
 */
public record GroupInput(String slug, String name, String description, String city, String timeZone, String website,
                         Boolean membersVisible, Boolean suspended) {

    public GroupInput withoutSuspension() {
        return new GroupInput(slug, name, description, city, timeZone, website, membersVisible, null);
    }
}
