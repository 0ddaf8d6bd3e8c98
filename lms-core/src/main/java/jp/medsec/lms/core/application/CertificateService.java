package jp.medsec.lms.core.application;

import jp.medsec.lms.core.domain.model.certificate.Certificate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Certificates of completion. Issued automatically when a learner completes a course (once per fiscal year), or by a
 * certificate administrator with a reason; revoked with a reason, never deleted; verifiable by anyone with the code.
 */
public interface CertificateService {

    /** Issues the certificate for a completed course unless a valid one exists for this fiscal year; either way returns it. */
    Certificate issueOnCompletion(String learnerId, String courseId, Instant completedAt);

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

    /** For certificate administrators: newest first, optionally of one course. */
    List<Certificate> search(Actor actor, String courseId);

    /** What the public verification page shows; empty for an unknown code. */
    Optional<Certificate> verify(String verificationCode);

    /** Positions of revoked certificates in the published revocation list. */
    List<Integer> revokedIndexes();
}
