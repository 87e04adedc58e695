package dev.pitchnight.message;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** The messages a person wrote to a night's people as its organizer: in their export; signed with a pseudonym once they are erased. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MessagePersonalData {

    /** One message as its author sent it. */
    public record SentMessage(long eventId, NightMessage.Audience audience, String subject, String body, Instant sentAt,
                              int recipients) {
    }

    private final EntityManager em;

    MessagePersonalData(EntityManager em) {
        this.em = em;
    }

    public List<SentMessage> sent(String username) {
        return NightMessage.<NightMessage>list("sentBy = ?1 order by sentAt, id", username).stream()
                .map(message -> new SentMessage(message.eventId, message.audience, message.subject, message.body,
                        message.sentAt, message.recipients))
                .toList();
    }

    /** The night's record of what was sent stays; only the author's name becomes the pseudonym. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(String username, String pseudonym) {
        em.createNativeQuery("UPDATE night_messages SET sent_by = ?2 WHERE sent_by = ?1")
                .setParameter(1, username).setParameter(2, pseudonym).executeUpdate();
    }
}
