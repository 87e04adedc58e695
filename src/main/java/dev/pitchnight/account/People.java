package dev.pitchnight.account;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Display names of people, for every page that shows somebody other than the reader: "Olivia
 * Organizer", never "olivia". The name comes from the person's own token (given and family name):
 * {@link NameKeeper} hands it to {@link NameWriter} whenever it differs from what this instance
 * last wrote, which writes it behind the request, in batches. Until then this instance already
 * answers with it. Someone never seen here shows as their user name.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class People {

    private final NameWriter writer;
    private final Cache names;

    People(NameWriter writer, @CacheName("people-names") Cache names) {
        this.writer = writer;
        this.names = names;
    }

    /** Notes the person's name from their token: written behind the request, shown here at once. */
    void note(String username, String displayName) {
        if (username == null || displayName == null || displayName.isBlank()) {
            return;
        }
        String name = displayName.strip();
        name = name.length() > 255 ? name.substring(0, 255) : name;
        if (writer.note(username, name)) {
            // Called on the event loop (NameKeeper): nothing here may block. Caffeine drops the entry at once.
            names.invalidate(username).subscribe().with(done -> { });
        }
    }

    /** The display name written down (or about to be) for this person, if any (their data export). */
    public String stored(String username) {
        String pending = writer.pending(username);
        if (pending != null) {
            return pending;
        }
        Person person = Person.findById(username);
        return person == null ? null : person.displayName;
    }

    /** Forgets the person's display name, also one not written yet (their erasure). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(String username) {
        writer.drop(username);
        Person.delete("username", username);
        names.invalidate(username).await().indefinitely();
    }

    /**
     * The person's display name, or their user name when they were never seen here. Cached a
     * minute per name (lists of a night's 200 people render often): a change of name made on
     * another instance shows within that minute.
     */
    public String name(String username) {
        if (username == null) {
            return "";
        }
        if (FormerMember.is(username)) {
            return FormerMember.NAME;
        }
        String pending = writer.pending(username);
        if (pending != null) {
            return pending;
        }
        return names.get(username, key -> {
            Person person = Person.findById(key);
            return person == null ? key : person.displayName;
        }).await().indefinitely();
    }

    /** Display names of these people (user name for anyone never seen), in one query. */
    public Map<String, String> names(Collection<String> usernames) {
        Map<String, String> found = new HashMap<>();
        if (usernames.isEmpty()) {
            return found;
        }
        List<Person> known = Person.list("username in ?1", usernames);
        usernames.forEach(username -> found.put(username, FormerMember.is(username) ? FormerMember.NAME : username));
        known.forEach(person -> found.put(person.username, person.displayName));
        usernames.forEach(username -> {
            String pending = writer.pending(username);
            if (pending != null) {
                found.put(username, pending);
            }
        });
        return found;
    }
}
