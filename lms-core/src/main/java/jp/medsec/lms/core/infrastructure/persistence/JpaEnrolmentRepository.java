package jp.medsec.lms.core.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jp.medsec.lms.core.domain.model.enrolment.Enrolment;
import jp.medsec.lms.core.domain.model.enrolment.EnrolmentRepository;
import jp.medsec.lms.core.domain.model.enrolment.RecordedEvent;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaEnrolmentRepository implements EnrolmentRepository {

    @PersistenceContext(unitName = "lms")
    private EntityManager em;

    @Override
    public Optional<Enrolment> find(String learnerId, String courseId) {
        return em.createNamedQuery("Enrolment.findByLearnerAndCourse", Enrolment.class)
                .setParameter("learner", learnerId).setParameter("course", courseId)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Enrolment> findLocked(String learnerId, String courseId) {
        return em.createNamedQuery("Enrolment.findByLearnerAndCourse", Enrolment.class)
                .setParameter("learner", learnerId).setParameter("course", courseId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public List<Enrolment> findByLearner(String learnerId) {
        return em.createNamedQuery("Enrolment.findByLearner", Enrolment.class)
                .setParameter("learner", learnerId).getResultList();
    }

    @Override
    public List<Enrolment> findByCourse(String courseId, String institutionId) {
        String jpql = "SELECT e FROM Enrolment e WHERE e.course.id = :course"
                + (institutionId == null ? "" : " AND e.learner.institution.id = :institution") + " ORDER BY e.enrolledAt";
        var query = em.createQuery(jpql, Enrolment.class).setParameter("course", courseId);
        if (institutionId != null) {
            query.setParameter("institution", institutionId);
        }
        return query.getResultList();
    }

    @Override
    public void store(Enrolment enrolment) {
        em.persist(enrolment);
        // Flush now so that a second, racing enrolment fails on the unique constraint inside this call.
        em.flush();
    }

    @Override
    public void append(RecordedEvent event) {
        em.persist(event);
    }

    @Override
    public List<RecordedEvent> eventsFor(Enrolment enrolment, String activityId) {
        return em.createNamedQuery("RecordedEvent.findFor", RecordedEvent.class).setParameter("enrolment", enrolment.id())
                .setParameter("activity", activityId).setParameter("round", enrolment.round()).getResultList();
    }
}
