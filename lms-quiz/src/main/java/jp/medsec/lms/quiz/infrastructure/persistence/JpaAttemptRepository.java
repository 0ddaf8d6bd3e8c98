package jp.medsec.lms.quiz.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jp.medsec.lms.quiz.domain.model.attempt.Attempt;
import jp.medsec.lms.quiz.domain.model.attempt.AttemptRepository;
import jp.medsec.lms.quiz.domain.model.attempt.QuizParticipant;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAttemptRepository implements AttemptRepository {

    @PersistenceContext(unitName = "lms-quiz")
    private EntityManager em;

    @Override
    public void lockParticipant(String activityId, String learnerId) {
        List<QuizParticipant> found = em.createNamedQuery("QuizParticipant.find", QuizParticipant.class)
                .setParameter("activityId", activityId).setParameter("learnerId", learnerId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (found.isEmpty()) {
            // First request of this learner at this quiz; a parallel first request loses on the unique key and retries.
            em.persist(new QuizParticipant(activityId, learnerId));
            em.flush();
        }
    }

    @Override
    public void storeNow(Attempt attempt) {
        em.persist(attempt);
        em.flush();
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Optional<Attempt> find(String attemptId) {
        return Optional.ofNullable(em.find(Attempt.class, attemptId));
    }

    @Override
    public void refresh(Attempt attempt) {
        em.refresh(attempt);
    }

    @Override
    public List<Attempt> ofLearner(String activityId, String learnerId) {
        return em.createNamedQuery("Attempt.ofLearner", Attempt.class).setParameter("activityId", activityId)
                .setParameter("learnerId", learnerId).getResultList();
    }

    @Override
    public List<Attempt> ofActivity(String activityId) {
        return em.createNamedQuery("Attempt.ofActivity", Attempt.class).setParameter("activityId", activityId).getResultList();
    }

    @Override
    public List<Attempt> overdue(Instant now, int limit) {
        return em.createNamedQuery("Attempt.overdue", Attempt.class).setParameter("now", now).setMaxResults(limit)
                .getResultList();
    }
}
