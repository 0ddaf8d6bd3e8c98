package jp.medsec.lms.core.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jp.medsec.lms.core.application.Actor;
import jp.medsec.lms.core.application.AuditLog;
import jp.medsec.lms.core.application.CertificateService;
import jp.medsec.lms.core.domain.model.certificate.Certificate;
import jp.medsec.lms.core.domain.model.certificate.CertificateRepository;
import jp.medsec.lms.core.domain.model.certificate.CertificateRequest;
import jp.medsec.lms.core.domain.model.certificate.CertificateStatus;
import jp.medsec.lms.core.domain.model.enrolment.Enrolment;
import jp.medsec.lms.core.domain.model.enrolment.EnrolmentRepository;
import jp.medsec.lms.core.domain.model.institution.Institution;
import jp.medsec.lms.core.domain.model.institution.InstitutionRepository;
import jp.medsec.lms.core.access.AccessPolicy;
import jp.medsec.lms.core.domain.model.course.Course;
import jp.medsec.lms.core.domain.model.course.CourseRepository;
import jp.medsec.lms.core.domain.model.learner.Learner;
import jp.medsec.lms.core.domain.model.learner.LearnerRepository;
import jp.medsec.lms.core.domain.model.learner.Role;
import jp.medsec.lms.core.domain.model.shared.AccessDeniedException;
import jp.medsec.lms.core.domain.model.shared.ConflictException;
import jp.medsec.lms.core.domain.model.shared.FiscalYear;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException;
import jp.medsec.lms.core.domain.model.shared.NotFoundException;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
@Transactional
public class DefaultCertificateService implements CertificateService {

    /** 32 letters and digits without look-alikes (no I, O, 0, 1): 20 of them are 100 random bits. */
    private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The counter of positions in the revocation list; its row lock also serialises issuing. */
    static final String STATUS_INDEX = "status-index";

    @Inject
    CertificateRepository certificates;

    @Inject
    LearnerRepository learners;

    @Inject
    CourseRepository courses;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    InstitutionRepository institutions;

    @Inject
    AccessPolicy policy;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Override
    public Optional<Certificate> issueOnCompletion(String learnerId, String courseId, Instant completedAt) {
        int cycle = FiscalYear.of(completedAt);
        Course course = course(courseId);
        // Every issue takes the revocation-list counter's row lock before it checks for a valid certificate, so two
        // issues for one learner never both see "none" (the unique key would refuse the second anyway).
        certificates.lock(STATUS_INDEX);
        Optional<Certificate> valid = certificates.findValid(learnerId, courseId, cycle);
        if (valid.isPresent()) {
            return valid;
        }
        if (course.certificatePolicy().requiresApproval()) {
            if (certificates.openRequest(learnerId, courseId, cycle).isEmpty()) {
                certificates.store(new CertificateRequest(learnerId, courseId, completedAt, clock.instant()));
                audit.record(AuditLog.CERTIFICATE_REQUESTED, null, learnerId, null, course.slug() + " (awaiting approval)");
            }
            return Optional.empty();
        }
        Certificate issued = issue(learner(learnerId), course, completedAt, "automatic", null);
        audit.record(AuditLog.CERTIFICATE_ISSUED, null, learnerId, null, issued.number() + " (automatic, on completion)");
        return Optional.of(issued);
    }

    @Override
    public Certificate issueManually(Actor actor, String learnerId, String courseId, String reason) {
        requireCertificateAdmin(actor);
        requireReason(reason);
        Instant now = clock.instant();
        Learner learner = learner(learnerId);
        Course course = course(courseId);
        certificates.lock(STATUS_INDEX);
        if (certificates.findValid(learnerId, courseId, FiscalYear.of(now)).isPresent()) {
            throw new ConflictException("certificate.exists", "The learner already holds a valid certificate of this course"
                    + " for this fiscal year; reissue it instead");
        }
        Certificate issued = issue(learner, course, now, "manual", reason.strip());
        closeOpenRequest(actor, issued);
        audit.record(AuditLog.CERTIFICATE_ISSUED, actor.learnerId(), learnerId, actor.address(), issued.number() + ": " + reason.strip());
        return issued;
    }

    @Override
    public Certificate reissue(Actor actor, String certificateId, String reason) {
        requireCertificateAdmin(actor);
        requireReason(reason);
        certificates.lock(STATUS_INDEX);
        Certificate old = certificates.find(certificateId).orElseThrow(() -> new NotFoundException("certificate", certificateId));
        old.supersede();
        // The new one carries the learner's name as it is now (the usual reason: a change of name).
        Certificate issued = issue(learner(old.learnerId()), course(old.courseId()), old.completedAt(), "reissue",
                reason.strip());
        old.replacedBy(issued.id());
        audit.record(AuditLog.CERTIFICATE_ISSUED, actor.learnerId(), old.learnerId(), actor.address(),
                issued.number() + " replaces " + old.number() + ": " + reason.strip());
        return issued;
    }

    @Override
    public Certificate showInstitution(String learnerId, String certificateId, boolean allowed) {
        Certificate certificate = mine(learnerId, certificateId);
        certificate.showInstitution(allowed);
        return certificate;
    }

    @Override
    public BulkIssue bulkIssue(Actor actor, String courseId, String institutionId, String reason, boolean dryRun) {
        requireCertificateAdmin(actor);
        if (!dryRun) {
            requireReason(reason);
        }
        Course course = course(courseId);
        String institution = institutionId == null || institutionId.isBlank() ? null : institutionId;
        if (!dryRun) {
            // Lock first (see issueOnCompletion): a completion committing meanwhile waits for this transaction.
            certificates.lock(STATUS_INDEX);
        }
        List<BulkRow> rows = new ArrayList<>();
        int notComplete = 0;
        for (Enrolment enrolment : enrolments.findByCourse(course.id(), institution)) {
            Optional<Instant> completedAt = enrolment.completedAt();
            if (completedAt.isEmpty()) {
                notComplete++;
                continue;
            }
            Learner learner = enrolment.learner();
            Optional<Certificate> valid = certificates.findValid(learner.id(), course.id(), FiscalYear.of(completedAt.get()));
            if (valid.isPresent()) {
                rows.add(new BulkRow(learner.id(), learner.fullName(), completedAt.get(), BulkOutcome.ALREADY_VALID, valid.get().number()));
            } else if (dryRun) {
                rows.add(new BulkRow(learner.id(), learner.fullName(), completedAt.get(), BulkOutcome.WOULD_ISSUE, null));
            } else {
                Certificate issued = issue(learner, course, completedAt.get(), "bulk", reason.strip());
                closeOpenRequest(actor, issued);
                rows.add(new BulkRow(learner.id(), learner.fullName(), completedAt.get(), BulkOutcome.ISSUED, issued.number()));
            }
        }
        if (!dryRun) {
            long issued = rows.stream().filter(r -> r.outcome() == BulkOutcome.ISSUED).count();
            audit.record(AuditLog.CERTIFICATE_BULK_ISSUED, actor.learnerId(), course.id(), actor.address(),
                    course.slug() + (institution == null ? "" : " / institution " + institution) + ": " + issued
                            + " issued: " + reason.strip());
        }
        return new BulkIssue(dryRun, rows, notComplete);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RequestSummary> pendingRequests(Actor actor) {
        requireCertificateAdmin(actor);
        return certificates.pendingRequests(500).stream().map(this::summary).toList();
    }

    private RequestSummary summary(CertificateRequest r) {
        Learner l = learner(r.learnerId());
        return new RequestSummary(r, l.fullName(), l.email(), l.institution().map(Institution::name).orElse(null),
                course(r.courseId()).title().ja());
    }

    @Override
    public Certificate approve(Actor actor, String requestId) {
        requireCertificateAdmin(actor);
        certificates.lock(STATUS_INDEX);
        CertificateRequest request = certificates.findRequest(requestId).orElseThrow(() -> new NotFoundException("certificate-request", requestId));
        if (request.status() != CertificateRequest.Status.PENDING) {
            throw new ConflictException("certificate.request-decided", "This request was already decided");
        }
        Optional<Certificate> valid = certificates.findValid(request.learnerId(), request.courseId(), request.cycle());
        Certificate certificate = valid.isPresent() ? valid.get()
                : issue(learner(request.learnerId()), course(request.courseId()), request.completedAt(), "approved", null);
        request.approve(actor.learnerId(), certificate, clock.instant());
        audit.record(AuditLog.CERTIFICATE_ISSUED, actor.learnerId(), request.learnerId(), actor.address(),
                certificate.number() + " (approved)");
        return certificate;
    }

    @Override
    public CertificateRequest reject(Actor actor, String requestId, String reason) {
        requireCertificateAdmin(actor);
        requireReason(reason);
        CertificateRequest request = certificates.findRequest(requestId).orElseThrow(() -> new NotFoundException("certificate-request", requestId));
        request.reject(actor.learnerId(), reason.strip(), clock.instant());
        audit.record(AuditLog.CERTIFICATE_REJECTED, actor.learnerId(), request.learnerId(), actor.address(),
                course(request.courseId()).slug() + ": " + reason.strip());
        return request;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RequestSummary> myRequests(String learnerId) {
        return certificates.requestsOf(learnerId).stream().map(this::summary).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Certificate> staffCertificates(Actor actor, String institutionId) {
        Institution institution = institutions.find(institutionId).orElseThrow(() -> new NotFoundException("institution", institutionId));
        Learner me = learner(actor.learnerId());
        policy.requirePartOf(me, institution);
        return certificates.ofStaff(institution.id(), policy.departmentLimit(me, institution));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Certificate> validOfCourse(Actor actor, String courseId, String institutionId) {
        requireCertificateAdmin(actor);
        return certificates.validOfCourse(course(courseId).id(), institutionId == null || institutionId.isBlank() ? null : institutionId);
    }

    /** A certificate issued another way settles the learner's pending request for that course and year. */
    private void closeOpenRequest(Actor actor, Certificate issued) {
        certificates.openRequest(issued.learnerId(), issued.courseId(), issued.cycle())
                .ifPresent(r -> r.approve(actor.learnerId(), issued, clock.instant()));
    }

    /** Call with the issuing lock held ({@link CertificateRepository#lock}) and after checking for a valid certificate. */
    private Certificate issue(Learner learner, Course course, Instant completedAt, String how, String reason) {
        Instant now = clock.instant();
        int statusIndex = certificates.next(STATUS_INDEX) - 1;
        int cycle = FiscalYear.of(completedAt);
        String track = course.track().code();
        String number = track + "-" + cycle + "-" + String.format("%06d", certificates.next(track + "-" + cycle));
        Certificate certificate = new Certificate(new Certificate.Holder(learner.id(), learner.fullName(),
                learner.fullNameKana().orElse(null), course.id(), course.title().ja(), track, course.track().name().ja(),
                course.minutes(), course.certificatePolicy().template(), learner.institution().map(Institution::name).orElse(null)),
                number, verificationCode(), statusIndex, completedAt, now,
                course.certificatePolicy().validUntil(completedAt).orElse(null), how, reason);
        certificates.storeNow(certificate);
        supersedeEarlierYears(certificate);
        return certificate;
    }

    /** Annual renewal: a new year's certificate replaces the valid ones of earlier years (kept, marked superseded). */
    private void supersedeEarlierYears(Certificate issued) {
        for (Certificate earlier : certificates.ofLearner(issued.learnerId())) {
            if (earlier.courseId().equals(issued.courseId()) && earlier.cycle() < issued.cycle()
                    && earlier.status() == CertificateStatus.ISSUED) {
                earlier.supersede();
                earlier.replacedBy(issued.id());
            }
        }
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
