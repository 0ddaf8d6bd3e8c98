package jp.medsec.lms.core.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.lms.core.domain.model.learner.Learner;
import jp.medsec.lms.core.domain.model.learner.LearnerRepository;

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
    public void store(Learner learner) {
        em.persist(learner);
    }
}
