package jp.medsec.lms.quiz.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.lms.quiz.domain.model.override.QuizOverride;
import jp.medsec.lms.quiz.domain.model.override.QuizOverrideRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaQuizOverrideRepository implements QuizOverrideRepository {

    @PersistenceContext(unitName = "lms-quiz")
    private EntityManager em;

    @Override
    public void storeNow(QuizOverride override) {
        em.persist(override);
        em.flush();
    }

    @Override
    public Optional<QuizOverride> find(String id) {
        return Optional.ofNullable(em.find(QuizOverride.class, id));
    }

    @Override
    public void remove(QuizOverride override) {
        em.remove(override);
    }

    @Override
    public List<QuizOverride> ofActivity(String activityId) {
        return em.createNamedQuery("QuizOverride.ofActivity", QuizOverride.class).setParameter("activityId", activityId).getResultList();
    }
}
