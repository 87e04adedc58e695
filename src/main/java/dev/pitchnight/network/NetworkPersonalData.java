package dev.pitchnight.network;

import dev.pitchnight.account.FormerMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What networking holds about one person: the cards they published and their connections, for the
 * export (the other side only as they shared it on their card), the erasure and forgetting old nights.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NetworkPersonalData {

    public record Card(long eventId, String name, String role, String company, String link, String email,
                       List<String> lookingFor, Instant createdAt, Instant updatedAt) {
    }

    /** The other side as their card shows them, or null when they publish none (any more). */
    public record Shared(String name, String role, String company, String link) {
    }

    public record Connection(long eventId, Instant since, boolean initiatedByMe, Shared other) {
    }

    private final EntityManager em;

    NetworkPersonalData(EntityManager em) {
        this.em = em;
    }

    public List<Card> cards(String username) {
        return NetworkCard.<NetworkCard>list("username = ?1 order by createdAt", username).stream()
                .map(c -> new Card(c.eventId, c.name, c.role, c.company, c.link, c.email, c.lookingForList().stream().map(Enum::name).toList(), c.createdAt,
                        c.updatedAt))
                .toList();
    }

    public List<Connection> connections(String username) {
        List<Connection> lines = new ArrayList<>();
        for (NetworkConnection c : NetworkConnection.<NetworkConnection>list(
                "firstUser = ?1 or secondUser = ?1 order by createdAt, id", username)) {
            Optional<NetworkCard> card = NetworkCard.find("eventId = ?1 and username = ?2", c.eventId, c.other(username))
                    .firstResultOptional();
            lines.add(new Connection(c.eventId, c.createdAt, username.equals(c.initiatedBy),
                    card.map(o -> new Shared(o.name, o.role, o.company, o.link)).orElse(null)));
        }
        return lines;
    }

    /** Cards and connections go entirely: they exist only between living members. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(String username) {
        em.createNativeQuery("DELETE FROM network_cards WHERE username = ?1").setParameter(1, username).executeUpdate();
        em.createNativeQuery("DELETE FROM network_connections WHERE first_user = ?1 OR second_user = ?1")
                .setParameter(1, username).executeUpdate();
    }

    /**
     * A forgotten night's cards lose name, role, company, link and address; its connections keep
     * their number between the same pseudonyms as the night's RSVPs (a startup's report still
     * counts them).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(long eventId, Map<String, String> pseudonyms) {
        em.createNativeQuery("""
                        UPDATE network_cards SET name = ?2, role = NULL, company = NULL, link = NULL, email = NULL
                        WHERE event_id = ?1 AND username NOT LIKE ?3""")
                .setParameter(1, eventId).setParameter(2, FormerMember.NAME).setParameter(3, FormerMember.PREFIX + "%")
                .executeUpdate();
        pseudonyms.forEach((username, pseudonym) -> {
            em.createNativeQuery("UPDATE network_cards SET username = ?3 WHERE event_id = ?1 AND username = ?2")
                    .setParameter(1, eventId).setParameter(2, username).setParameter(3, pseudonym).executeUpdate();
            for (String column : List.of("first_user", "second_user", "initiated_by")) {
                em.createNativeQuery("UPDATE network_connections SET " + column + " = ?3 WHERE event_id = ?1 AND "
                                + column + " = ?2")
                        .setParameter(1, eventId).setParameter(2, username).setParameter(3, pseudonym).executeUpdate();
            }
        });
    }
}
