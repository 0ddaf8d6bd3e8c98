package jp.medsec.lms.core.application;

import jp.medsec.lms.core.domain.model.certificate.Certificate;
import jp.medsec.lms.core.domain.model.certificate.CertificateRequest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Certificates of completion. Issued automatically when a learner completes a course (once per fiscal year), or by a
 * certificate administrator with a reason; revoked with a reason, never deleted; verifiable by anyone with the code.
 */
public interface CertificateService {

    /**
     * A learner completed a course: issues the certificate unless a valid one exists for that fiscal year, or, when the
     * course's certificates need approval, queues a request (once). Returns the certificate, if there is one now.
     */
    Optional<Certificate> issueOnCompletion(String learnerId, String courseId, Instant completedAt);

    /**
     * A certificate administrator issues one by hand with a reason (the learner took the course another way);
     * refused when a valid one of this fiscal year exists (reissue that instead).
     */
    Certificate issueManually(Actor actor, String learnerId, String courseId, String reason);

    /** Replaces a valid certificate with a new one (new number and code, the learner's current name); the old one is kept as superseded. */
    Certificate reissue(Actor actor, String certificateId, String reason);

    Certificate revoke(Actor actor, String certificateId, String reason);

    List<Certificate> mine(String learnerId);

    /** One of the learner's own certificates; anyone else's answers as not found. */
    Certificate mine(String learnerId, String certificateId);

    /** The holder allows (or stops allowing) the public verification to show their institution's name. */
    Certificate showInstitution(String learnerId, String certificateId, boolean allowed);

    /** For certificate administrators: newest first, optionally of one course. */
    List<Certificate> search(Actor actor, String courseId);

    /** What the public verification page shows; empty for an unknown code. */
    Optional<Certificate> verify(String verificationCode);

    /** Positions of revoked certificates in the published revocation list. */
    List<Integer> revokedIndexes();

    /**
     * Issues a certificate to everyone who completed the course (optionally only one institution's staff) and holds
     * no valid one for the fiscal year of their completion; pending approval requests of those learners are approved.
     * With {@code dryRun} nothing changes and the answer says who would get one.
     */
    BulkIssue bulkIssue(Actor actor, String courseId, String institutionId, String reason, boolean dryRun);

    /** Completions waiting for approval, oldest first. */
    List<RequestSummary> pendingRequests(Actor actor);

    Certificate approve(Actor actor, String requestId);

    CertificateRequest reject(Actor actor, String requestId, String reason);

    /** The learner's own requests (pending, and decided ones with the reason). */
    List<RequestSummary> myRequests(String learnerId);

    /** Certificates of the staff the actor manages in an institution (a department manager: their department). */
    List<Certificate> staffCertificates(Actor actor, String institutionId);

    /** Valid certificates of a course, optionally of one institution, for a download of all of them. */
    List<Certificate> validOfCourse(Actor actor, String courseId, String institutionId);

    record BulkIssue(boolean dryRun, List<BulkRow> rows, int notComplete) {

        public long count(BulkOutcome outcome) {
            return rows.stream().filter(r -> r.outcome() == outcome).count();
        }
    }

    /** One learner who completed the course, and what bulk issue did (or would do) for them. */
    record BulkRow(String learnerId, String learnerName, Instant completedAt, BulkOutcome outcome, String number) {
    }

    enum BulkOutcome { ISSUED, WOULD_ISSUE, ALREADY_VALID }

    /** A request with what a reader needs to recognise it. */
    record RequestSummary(CertificateRequest request, String learnerName, String learnerEmail, String institutionName,
                          String courseTitle) {
    }
}
