package jp.medsec.lms.core.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jp.medsec.lms.core.application.certificate.RenewalReminderMail;
import jp.medsec.lms.core.application.mail.MailOutbox;
import jp.medsec.lms.core.application.mail.MailSettings;
import jp.medsec.lms.core.domain.model.certificate.Certificate;
import jp.medsec.lms.core.domain.model.certificate.CertificateReminder;
import jp.medsec.lms.core.domain.model.certificate.CertificateRepository;
import jp.medsec.lms.core.domain.model.certificate.Renewal;
import jp.medsec.lms.core.domain.model.course.Course;
import jp.medsec.lms.core.domain.model.course.CourseRepository;
import jp.medsec.lms.core.domain.model.learner.Learner;
import jp.medsec.lms.core.domain.model.learner.LearnerRepository;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The reminder job's database steps, each certificate in a transaction of its own (one that fails or loses a race
 * never holds back the others): find the certificates due, and remind one.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class CertificateReminderSteps {

    private static final Logger LOG = Logger.getLogger(CertificateReminderSteps.class.getName());

    @Inject
    CertificateRepository certificates;

    @Inject
    LearnerRepository learners;

    @Inject
    CourseRepository courses;

    @Inject
    MailOutbox outbox;

    @Inject
    MailSettings mail;

    /** Valid certificates expiring after {@code now} and within {@code window}, not yet reminded; soonest first. */
    public List<String> due(Instant now, Duration window, int limit) {
        return certificates.dueForReminder(now, now.plus(window), limit);
    }

    /**
     * Reminds the holder of one certificate, once. Takes the issuing lock and then the certificate's row lock, in the
     * order every issue and reissue takes them, so a revocation, reissue or renewal running meanwhile is either
     * finished before the checks here or waits until the reminder is written; then the reminder row, whose primary key
     * is the certificate's id, is written with its mail in this one transaction. Returns whether a mail was queued.
     */
    public boolean remind(String certificateId, Instant now, Duration window) {
        certificates.lock(DefaultCertificateService.STATUS_INDEX);
        Optional<Certificate> found = certificates.findForUpdate(certificateId);
        if (found.isEmpty() || certificates.reminder(certificateId).isPresent()) {
            return false;
        }
        Certificate c = found.get();
        List<Certificate> holders = certificates.ofLearner(c.learnerId());
        if (Renewal.of(c, holders, now, window).orElse(null) != Renewal.EXPIRES_SOON) {
            // Revoked, superseded, renewed by a longer-lasting certificate, or no longer in the window: nothing to say.
            return false;
        }
        Instant expiry = c.validUntil().orElseThrow();
        if (certificates.remindedOfExpiry(c.learnerId(), c.courseId(), expiry)) {
            // A reissue of a certificate already reminded about (same expiry): the holder knows; remember it, say nothing.
            certificates.store(new CertificateReminder(c, now, null));
            return false;
        }
        Optional<Learner> holder = learners.find(c.learnerId());
        if (holder.isEmpty()) {
            LOG.warning("No renewal reminder for certificate " + c.number() + ": its holder no longer exists");
            certificates.store(new CertificateReminder(c, now, null));
            return false;
        }
        Locale language = holder.get().preferredLanguage();
        String courseTitle = courses.find(c.courseId()).map(Course::title).map(t -> t.in(language)).orElse(c.courseTitle());
        String mailId = outbox.enqueue(RenewalReminderMail.compose(c.id(), holder.get().email(), holder.get().fullName(),
                language, c.courseId(), courseTitle, c.number(), expiry, mail.publicUrl()));
        certificates.store(new CertificateReminder(c, now, mailId));
        return true;
    }
}
