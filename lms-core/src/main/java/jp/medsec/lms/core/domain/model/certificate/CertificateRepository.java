package jp.medsec.lms.core.domain.model.certificate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface CertificateRepository {

    /** Stores and flushes, so the unique keys speak here. */
    void storeNow(Certificate certificate);

    Optional<Certificate> find(String id);

    Optional<Certificate> findByCode(String verificationCode);

    Optional<Certificate> findValid(String learnerId, String courseId, int cycle);

    List<Certificate> ofLearner(String learnerId);

    /** Newest first, optionally of one course. */
    List<Certificate> search(String courseId, int limit);

    List<Integer> revokedIndexes();

    /** Certificates (all statuses) of the staff of an institution, or of one department of it; newest first. */
    List<Certificate> ofStaff(String institutionId, String departmentId);

    /** Valid (issued, not revoked or superseded) certificates of a course, optionally of one institution's staff; by number. */
    List<Certificate> validOfCourse(String courseId, String institutionId);

    void store(CertificateRequest request);

    Optional<CertificateRequest> findRequest(String id);

    Optional<CertificateRequest> openRequest(String learnerId, String courseId, int cycle);

    /** Pending requests, oldest first. */
    List<CertificateRequest> pendingRequests(int limit);

    List<CertificateRequest> requestsOf(String learnerId);

    /** Reads a certificate and holds its row lock until the transaction ends. */
    Optional<Certificate> findForUpdate(String id);

    /**
     * Ids of valid certificates expiring after {@code after} and no later than {@code until} that have no renewal reminder
     * yet and are not covered by a longer-lasting valid certificate of the same learner and course; soonest first.
     */
    List<String> dueForReminder(Instant after, Instant until, int limit);

    Optional<CertificateReminder> reminder(String certificateId);

    /** Whether the learner was already mailed about this course's certificate expiring at {@code expiresAt}. */
    boolean remindedOfExpiry(String learnerId, String courseId, Instant expiresAt);

    /** Stores and flushes, so the primary key (one reminder per certificate) speaks here. */
    void store(CertificateReminder reminder);

    /** The next value of a named counter, drawn under a row lock (the row is created on first use). */
    int next(String counter);

    /** Takes a named counter's row lock until the transaction ends, without drawing a value. */
    void lock(String counter);
}
