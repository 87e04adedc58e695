package dev.pitchnight.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The startups' reports name the organizer who last changed or sent them: a pseudonym once that organizer is erased. */
@ApplicationScoped
public class ReportPersonalData {

    private final EntityManager em;

    ReportPersonalData(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(String username, String pseudonym) {
        em.createNativeQuery("UPDATE startup_reports SET updated_by = ?2 WHERE updated_by = ?1")
                .setParameter(1, username).setParameter(2, pseudonym).executeUpdate();
        em.createNativeQuery("UPDATE startup_reports SET sent_by = ?2 WHERE sent_by = ?1")
                .setParameter(1, username).setParameter(2, pseudonym).executeUpdate();
    }
}
