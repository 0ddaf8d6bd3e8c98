package jp.medsec.lms.core.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.lms.core.domain.model.audit.AuditEntry;
import jp.medsec.lms.core.domain.model.audit.AuditRepository;

import java.util.List;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    @PersistenceContext(unitName = "lms")
    private EntityManager em;

    @Override
    public void append(AuditEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<AuditEntry> latest(String action, int limit) {
        String jpql = "SELECT a FROM AuditEntry a" + (action == null ? "" : " WHERE a.action = :action")
                + " ORDER BY a.occurredAt DESC, a.id";
        var query = em.createQuery(jpql, AuditEntry.class).setMaxResults(limit);
        if (action != null) {
            query.setParameter("action", action);
        }
        return query.getResultList();
    }
}
