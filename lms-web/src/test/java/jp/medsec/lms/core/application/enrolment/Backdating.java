package jp.medsec.lms.core.application.enrolment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jp.medsec.lms.core.domain.model.shared.FiscalYear;

import java.time.Instant;

/**
 * Test support inside Liberty: moves a learner's completion of a course, and the certificate it earned, back to an
 * earlier fiscal year, because a test cannot wait for April. Only completion times and the certificate's year move;
 * events and attempts keep their rounds, which is what the rounds must keep apart.
 */
@ApplicationScoped
@Transactional
public class Backdating {

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    public void completedIn(Instant when, String learnerId, String courseId) {
        em.createQuery("UPDATE ActivityCompletion c SET c.completedAt = :when WHERE c.enrolment.id IN"
                        + " (SELECT e.id FROM Enrolment e WHERE e.learner.id = :learner AND e.course.id = :course)")
                .setParameter("when", when).setParameter("learner", learnerId).setParameter("course", courseId).executeUpdate();
        em.createQuery("UPDATE Certificate c SET c.completedAt = :when, c.cycle = :cycle WHERE c.learnerId = :learner"
                        + " AND c.courseId = :course AND c.cycle > :cycle")
                .setParameter("when", when).setParameter("cycle", FiscalYear.of(when))
                .setParameter("learner", learnerId).setParameter("course", courseId).executeUpdate();
        em.getEntityManagerFactory().getCache().evictAll();
    }
}
