package jp.medsec.lms.core.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.lms.core.domain.model.learner.Learner;
import jp.medsec.lms.core.domain.model.learner.LearnerRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaLearnerRepository implements LearnerRepository {

    @PersistenceContext(unitName = "lms")
    private EntityManager em;

    @Override
    public Optional<Learner> find(String id) {
        return Optional.ofNullable(em.find(Learner.class, id));
    }

    @Override
    public Optional<Learner> findByEmail(String email) {
        return em.createNamedQuery("Learner.findByEmail", Learner.class)
                .setParameter("email", Learner.normaliseEmail(email)).getResultStream().findFirst();
    }

    @Override
    public Optional<Learner> findByInvitation(String invitationHash) {
        return em.createNamedQuery("Learner.findByInvitation", Learner.class).setParameter("hash", invitationHash)
                .getResultStream().findFirst();
    }

    @Override
    public void store(Learner learner) {
        em.persist(learner);
    }

    @Override
    public List<Learner> findStaff(String institutionId, String departmentId) {
        String jpql = "SELECT l FROM Learner l WHERE l.institution.id = :institution"
                + (departmentId == null ? "" : " AND l.department.id = :department") + " ORDER BY l.fullNameKana, l.fullName";
        var query = em.createQuery(jpql, Learner.class).setParameter("institution", institutionId);
        if (departmentId != null) {
            query.setParameter("department", departmentId);
        }
        return query.getResultList();
    }
}
