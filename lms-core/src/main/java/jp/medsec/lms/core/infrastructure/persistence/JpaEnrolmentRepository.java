package jp.medsec.lms.core.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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
    public List<Enrolment> findByLearner(String learnerId) {
        return em.createNamedQuery("Enrolment.findByLearner", Enrolment.class)
                .setParameter("learner", learnerId).getResultList();
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
    public List<RecordedEvent> eventsFor(String enrolmentId, String activityId) {
        return em.createNamedQuery("RecordedEvent.findFor", RecordedEvent.class)
                .setParameter("enrolment", enrolmentId).setParameter("activity", activityId).getResultList();
    }
}
