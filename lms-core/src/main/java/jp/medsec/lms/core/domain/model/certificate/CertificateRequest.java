package jp.medsec.lms.core.domain.model.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import jp.medsec.lms.core.domain.model.shared.ConflictException;
import jp.medsec.lms.core.domain.model.shared.FiscalYear;
import jp.medsec.lms.core.domain.model.shared.Ids;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A completion waiting for a certificate administrator's decision, for courses whose certificates need approval.
 * {@code openFlag} is 1 while pending and null once decided: with the unique key on (learner, course, cycle,
 * openFlag) a learner has at most one pending request per course and fiscal year.
 */
@Entity
@Table(name = "lms_certificate_request", uniqueConstraints = @UniqueConstraint(name = "uq_certificate_request_open",
        columnNames = {"learnerId", "courseId", "cycle", "openFlag"}))
@NamedQuery(name = "CertificateRequest.pending", query = "SELECT r FROM CertificateRequest r WHERE r.openFlag = 1"
        + " ORDER BY r.requestedAt")
@NamedQuery(name = "CertificateRequest.open", query = "SELECT r FROM CertificateRequest r WHERE r.learnerId = :learnerId"
        + " AND r.courseId = :courseId AND r.cycle = :cycle AND r.openFlag = 1")
@NamedQuery(name = "CertificateRequest.ofLearner", query = "SELECT r FROM CertificateRequest r"
        + " WHERE r.learnerId = :learnerId ORDER BY r.requestedAt DESC")
public class CertificateRequest {

    public enum Status { PENDING, APPROVED, REJECTED }

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 36)
    private String learnerId;

    @Column(nullable = false, length = 36)
    private String courseId;

    @Column(nullable = false)
    private int cycle;

    @Column(nullable = false)
    private Instant completedAt;

    @Column(nullable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    private Integer openFlag;

    @Column(length = 36)
    private String decidedBy;

    private Instant decidedAt;

    @Column(length = 500)
    private String reason;

    @Column(length = 36)
    private String certificateId;

    @Version
    private long version;

    protected CertificateRequest() {
    }

    public CertificateRequest(String learnerId, String courseId, Instant completedAt, Instant requestedAt) {
        this.id = Ids.newId();
        this.learnerId = Objects.requireNonNull(learnerId, "learnerId");
        this.courseId = Objects.requireNonNull(courseId, "courseId");
        this.completedAt = Objects.requireNonNull(completedAt, "completedAt");
        this.cycle = FiscalYear.of(completedAt);
        this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
        this.status = Status.PENDING;
        this.openFlag = 1;
    }

    public void approve(String by, Certificate issued, Instant at) {
        decide(Status.APPROVED, by, null, at);
        this.certificateId = issued.id();
    }

    public void reject(String by, String why, Instant at) {
        decide(Status.REJECTED, by, Objects.requireNonNull(why, "reason"), at);
    }

    private void decide(Status outcome, String by, String why, Instant at) {
        if (status != Status.PENDING) {
            throw new ConflictException("certificate.request-decided", "This request was already decided");
        }
        this.status = outcome;
        this.openFlag = null;
        this.decidedBy = by;
        this.reason = why;
        this.decidedAt = at;
    }

    public String id() { return id; }
    public String learnerId() { return learnerId; }
    public String courseId() { return courseId; }
    public int cycle() { return cycle; }
    public Instant completedAt() { return completedAt; }
    public Instant requestedAt() { return requestedAt; }
    public Status status() { return status; }
    public Optional<String> reason() { return Optional.ofNullable(reason); }
    public Optional<Instant> decidedAt() { return Optional.ofNullable(decidedAt); }
    public Optional<String> certificateId() { return Optional.ofNullable(certificateId); }
}
