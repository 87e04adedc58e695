package dev.pitchnight.account;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;

/** Templates show people by name: {@code {people:name(person.username)}} ("Alice Nguyen", not "alice"). */
@TemplateExtension(namespace = "people")
public class PeopleNames {

    private PeopleNames() {
    }

    static String name(String username) {
        return Arc.container().instance(People.class).get().name(username);
    }
}
