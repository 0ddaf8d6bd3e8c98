package jp.medsec.lms.core.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jp.medsec.lms.core.application.CertificateService;
import jp.medsec.lms.core.application.CourseCompleted;
import jp.medsec.lms.core.infrastructure.persistence.LostRace;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Issues the certificate once the completion is committed, in a transaction of its own: a problem with the
 * certificate never undoes the learner's completion. A certificate issued meanwhile by an administrator (a race
 * on the unique key) is simply found on the next try.
 */
@ApplicationScoped
public class CertificateOnCompletion {

    private static final Logger LOG = Logger.getLogger(CertificateOnCompletion.class.getName());

    @Inject
    CertificateService certificates;

    void issue(@Observes(during = TransactionPhase.AFTER_SUCCESS) CourseCompleted completed) {
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                certificates.issueOnCompletion(completed.learnerId(), completed.courseId(), completed.completedAt());
                return;
            } catch (RuntimeException e) {
                if (!LostRace.of(e) || attempt == 3) {
                    LOG.log(Level.WARNING, "No certificate issued for " + completed + "; an administrator can issue it", e);
                    return;
                }
            }
        }
    }
}
