package jp.medsec.lms.core.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.lms.core.domain.model.mail.MailStatus;
import jp.medsec.lms.core.domain.model.mail.OutgoingMail;
import jp.medsec.lms.core.domain.model.mail.OutgoingMailRepository;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaOutgoingMailRepository implements OutgoingMailRepository {

    @PersistenceContext(unitName = "lms")
    private EntityManager em;

    @Override
    public void add(OutgoingMail mail) {
        em.persist(mail);
    }

    @Override
    public Optional<OutgoingMail> find(String id) {
        return Optional.ofNullable(em.find(OutgoingMail.class, id));
    }

    @Override
    public List<Due> due(Instant now, int limit) {
        return em.createQuery("SELECT m.id, m.version FROM OutgoingMail m WHERE m.status = :pending"
                        + " AND m.nextAttemptAt <= :now ORDER BY m.nextAttemptAt, m.id", Object[].class)
                .setParameter("pending", MailStatus.PENDING).setParameter("now", now).setMaxResults(limit)
                .getResultList().stream().map(r -> new Due((String) r[0], ((Number) r[1]).longValue())).toList();
    }

    @Override
    public boolean claim(String id, long version, Instant leaseUntil) {
        // One conditional UPDATE: of two senders that read the same version, only one changes the row. The row is
        // found by its key and version alone (every change bumps the version, so an unchanged version is still the
        // PENDING, due row that due() read): the statement locks that one row whatever plan the database picks.
        int changed = em.createQuery("UPDATE OutgoingMail m SET m.attempts = m.attempts + 1, m.nextAttemptAt = :lease,"
                        + " m.version = m.version + 1 WHERE m.id = :id AND m.version = :version")
                .setParameter("lease", leaseUntil).setParameter("id", id).setParameter("version", version)
                .executeUpdate();
        return changed == 1;
    }

    @Override
    public List<OutgoingMail> list(MailStatus status, int offset, int limit) {
        var query = status == null
                ? em.createQuery("SELECT m FROM OutgoingMail m ORDER BY m.createdAt DESC, m.id", OutgoingMail.class)
                : em.createQuery("SELECT m FROM OutgoingMail m WHERE m.status = :status ORDER BY m.createdAt DESC, m.id",
                        OutgoingMail.class).setParameter("status", status);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(MailStatus status) {
        return status == null
                ? em.createQuery("SELECT COUNT(m) FROM OutgoingMail m", Long.class).getSingleResult()
                : em.createQuery("SELECT COUNT(m) FROM OutgoingMail m WHERE m.status = :status", Long.class)
                        .setParameter("status", status).getSingleResult();
    }

    @Override
    public Map<MailStatus, Long> countByStatus() {
        Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
        for (MailStatus s : MailStatus.values()) {
            counts.put(s, 0L);
        }
        em.createQuery("SELECT m.status, COUNT(m) FROM OutgoingMail m GROUP BY m.status", Object[].class)
                .getResultList().forEach(r -> counts.put((MailStatus) r[0], ((Number) r[1]).longValue()));
        return counts;
    }
}
