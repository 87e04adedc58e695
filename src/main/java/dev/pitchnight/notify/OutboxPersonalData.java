package dev.pitchnight.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The mails Pitchnight wrote to a person's addresses: listed in their export, deleted with their account. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OutboxPersonalData {

    /** One mail: what kind, when it was written and sent, its subject (never the body's links). */
    public record Mail(OutboxMail.Kind kind, Instant createdAt, Instant sentAt, String subject) {
    }

    private final EntityManager em;

    OutboxPersonalData(EntityManager em) {
        this.em = em;
    }

    public List<Mail> mailsTo(Collection<String> addresses) {
        List<String> wanted = addresses.stream().filter(a -> a != null && !a.isBlank()).distinct().toList();
        if (wanted.isEmpty()) {
            return List.of();
        }
        return OutboxMail.<OutboxMail>list("recipient in ?1 order by createdAt, id", wanted).stream()
                .map(mail -> new Mail(mail.kind, mail.createdAt, mail.sentAt, mail.subject)).toList();
    }

    /** Deletes every mail to these addresses, sent or not: nothing more goes to an erased person. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(Collection<String> addresses) {
        List<String> wanted = addresses.stream().filter(a -> a != null && !a.isBlank()).distinct().toList();
        if (!wanted.isEmpty()) {
            em.createNativeQuery("DELETE FROM outbox_mails WHERE recipient IN (?1)").setParameter(1, wanted).executeUpdate();
        }
    }
}
