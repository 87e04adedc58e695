package dev.pitchnight.account;

import io.quarkus.cache.CacheInvalidate;
import io.quarkus.cache.CacheKey;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Display names of people, for every page that shows somebody other than the reader: "Olivia
 * Organizer", never "olivia". The name comes from the person's own token (given and family name)
 * and is written down whenever it differs from what this instance last wrote ({@link NameKeeper},
 * on each signed-in request, so at each sign-in at the latest). Someone never seen here shows as
 * their user name.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class People {

    /** What this instance last wrote per person: a small cache, so that a request costs a map lookup. */
    private final Map<String, String> written = new ConcurrentHashMap<>();

    /** Whether the name must be written (unknown here, or changed). */
    boolean isNew(String username, String displayName) {
        return displayName != null && !displayName.equals(written.get(username));
    }

    /** Writes the person's name (an upsert, safe when two instances race). */
    @Transactional
    @CacheInvalidate(cacheName = "people-names")
    public void remember(@CacheKey String username, String displayName) {
        if (username == null || displayName == null || displayName.isBlank()) {
            return;
        }
        String name = displayName.strip();
        name = name.length() > 255 ? name.substring(0, 255) : name;
        Person.getEntityManager().createNativeQuery("""
                        INSERT INTO people (username, display_name, updated_at) VALUES (?1, ?2, ?3)
                        ON DUPLICATE KEY UPDATE display_name = VALUES(display_name), updated_at = VALUES(updated_at)""")
                .setParameter(1, username).setParameter(2, name).setParameter(3, Instant.now()).executeUpdate();
        if (written.size() > 10_000) {
            written.clear();
        }
        written.put(username, name);
    }

    /** The display name written down for this person, if any (their data export). */
    public String stored(String username) {
        Person person = Person.findById(username);
        return person == null ? null : person.displayName;
    }

    /** Forgets the person's display name (their erasure). */
    @Transactional(Transactional.TxType.MANDATORY)
    @CacheInvalidate(cacheName = "people-names")
    public void forget(@CacheKey String username) {
        Person.delete("username", username);
        written.remove(username);
    }

    /**
     * The person's display name, or their user name when they were never seen here. Cached a
     * minute per name (lists of a night's 200 people render often): a change of name shows
     * within that minute.
     */
    @CacheResult(cacheName = "people-names")
    public String name(String username) {
        if (username == null) {
            return "";
        }
        if (FormerMember.is(username)) {
            return FormerMember.NAME;
        }
        Person person = Person.findById(username);
        return person == null ? username : person.displayName;
    }

    /** Display names of these people (user name for anyone never seen), in one query. */
    public Map<String, String> names(Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        if (usernames.isEmpty()) {
            return names;
        }
        List<Person> known = Person.list("username in ?1", usernames);
        usernames.forEach(username -> names.put(username, FormerMember.is(username) ? FormerMember.NAME : username));
        known.forEach(person -> names.put(person.username, person.displayName));
        return names;
    }
}
