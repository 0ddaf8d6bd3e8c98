package jp.medsec.lms.core.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jp.medsec.lms.core.application.Actor;
import jp.medsec.lms.core.application.AuditLog;
import jp.medsec.lms.core.application.CertificateService;
import jp.medsec.lms.core.domain.model.certificate.Certificate;
import jp.medsec.lms.core.domain.model.certificate.CertificateRepository;
import jp.medsec.lms.core.domain.model.course.Course;
import jp.medsec.lms.core.domain.model.course.CourseRepository;
import jp.medsec.lms.core.domain.model.learner.Learner;
import jp.medsec.lms.core.domain.model.learner.LearnerRepository;
import jp.medsec.lms.core.domain.model.learner.Role;
import jp.medsec.lms.core.domain.model.shared.AccessDeniedException;
import jp.medsec.lms.core.domain.model.shared.ConflictException;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException;
import jp.medsec.lms.core.domain.model.shared.NotFoundException;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
@Transactional
public class DefaultCertificateService implements CertificateService {

    private static final ZoneId JST = ZoneId.of("Asia/Tokyo");
    /** 32 letters and digits without look-alikes (no I, O, 0, 1): 20 of them are 100 random bits. */
    private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    CertificateRepository certificates;

    @Inject
    LearnerRepository learners;

    @Inject
    CourseRepository courses;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Override
    public Certificate issueOnCompletion(String learnerId, String courseId, Instant completedAt) {
        Optional<Certificate> valid = certificates.findValid(learnerId, courseId, Certificate.fiscalYear(completedAt));
        if (valid.isPresent()) {
            return valid.get();
        }
        Certificate issued = issue(learner(learnerId), course(courseId), completedAt, "automatic", null);
        audit.record(AuditLog.CERTIFICATE_ISSUED, null, learnerId, null, issued.number() + " (automatic, on completion)");
        return issued;
    }

    @Override
    public Certificate issueManually(Actor actor, String learnerId, String courseId, String reason) {
        requireCertificateAdmin(actor);
        requireReason(reason);
        Instant now = clock.instant();
        Learner learner = learner(learnerId);
        Course course = course(courseId);
        if (certificates.findValid(learnerId, courseId, Certificate.fiscalYear(now)).isPresent()) {
            throw new ConflictException("certificate.exists", "The learner already holds a valid certificate of this course"
                    + " for this fiscal year; reissue it instead");
        }
        Certificate issued = issue(learner, course, now, "manual", reason.strip());
        audit.record(AuditLog.CERTIFICATE_ISSUED, actor.learnerId(), learnerId, actor.address(), issued.number() + ": " + reason.strip());
        return issued;
    }

    @Override
    public Certificate reissue(Actor actor, String certificateId, String reason) {
        requireCertificateAdmin(actor);
        requireReason(reason);
        Certificate old = certificates.find(certificateId).orElseThrow(() -> new NotFoundException("certificate", certificateId));
        old.supersede();
        // The new one carries the learner's name as it is now (the usual reason: a change of name).
        Certificate issued = issue(learner(old.learnerId()), course(old.courseId()), old.completedAt(), "reissue", reason.strip());
        old.replacedBy(issued.id());
        audit.record(AuditLog.CERTIFICATE_ISSUED, actor.learnerId(), old.learnerId(), actor.address(),
                issued.number() + " replaces " + old.number() + ": " + reason.strip());
        return issued;
    }

    private Certificate issue(Learner learner, Course course, Instant completedAt, String how, String reason) {
        Instant now = clock.instant();
        int cycle = Certificate.fiscalYear(completedAt);
        String track = course.track().code();
        String number = track + "-" + cycle + "-" + String.format("%06d", certificates.next(track + "-" + cycle));
        int statusIndex = certificates.next("status-index") - 1;
        LocalDate completedOn = completedAt.atZone(JST).toLocalDate();
        // Valid through the same date a year later (the last second of that day, JST), as printed: 有効期限 2027/11/24.
        Instant validUntil = completedOn.plusYears(1).plusDays(1).atStartOfDay(JST).toInstant().minusSeconds(1);
        Certificate certificate = new Certificate(new Certificate.Holder(learner.id(), learner.fullName(),
                learner.fullNameKana().orElse(null), course.id(), course.title().ja(), track, course.track().name().ja(),
                course.minutes()), number, verificationCode(), statusIndex, completedAt, now, validUntil, how, reason);
        certificates.storeNow(certificate);
        return certificate;
    }

    @Override
    public Certificate revoke(Actor actor, String certificateId, String reason) {
        requireCertificateAdmin(actor);
        requireReason(reason);
        Certificate certificate = certificates.find(certificateId).orElseThrow(() -> new NotFoundException("certificate", certificateId));
        certificate.revoke(reason.strip(), clock.instant());
        audit.record(AuditLog.CERTIFICATE_REVOKED, actor.learnerId(), certificate.learnerId(), actor.address(),
                certificate.number() + ": " + reason.strip());
        return certificate;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Certificate> mine(String learnerId) {
        return certificates.ofLearner(learnerId);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Certificate mine(String learnerId, String certificateId) {
        return certificates.find(certificateId).filter(c -> c.learnerId().equals(learnerId))
                .orElseThrow(() -> new NotFoundException("certificate", certificateId));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Certificate> search(Actor actor, String courseId) {
        requireCertificateAdmin(actor);
        return certificates.search(courseId == null || courseId.isBlank() ? null : courseId, 500);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Certificate> verify(String verificationCode) {
        if (verificationCode == null || !verificationCode.matches("[A-Z2-9]{20}")) {
            return Optional.empty();
        }
        return certificates.findByCode(verificationCode);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Integer> revokedIndexes() {
        return certificates.revokedIndexes();
    }

    private static String verificationCode() {
        StringBuilder code = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            code.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
        }
        return code.toString();
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new InvalidInputException("certificate.reason-required", "Give a reason (up to 500 characters)",
                    List.of(new InvalidInputException.FieldProblem("reason", "certificate.reason-required")));
        }
    }

    private void requireCertificateAdmin(Actor actor) {
        Learner me = learner(actor.learnerId());
        if (!me.has(Role.CERTIFICATE_ADMIN) && !me.has(Role.ADMIN)) {
            throw new AccessDeniedException("auth.forbidden", "Certificate administrators only");
        }
    }

    private Learner learner(String learnerId) {
        return learners.find(learnerId).orElseThrow(() -> new NotFoundException("learner", learnerId));
    }

    private Course course(String courseId) {
        return courses.find(courseId).orElseThrow(() -> new NotFoundException("course", courseId));
    }
}
