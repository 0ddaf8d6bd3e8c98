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
 * A certificate of completion. It keeps what it certifies as it was (the learner's name, the course title, hours)
 * so later renames do not rewrite history. {@code validFlag} is 1 while issued and null otherwise: with the unique
 * key on (learner, course, cycle, validFlag) the database allows one valid certificate per learner, course and
 * fiscal year, whatever the timing of an automatic and a manual issue.
 */
@Entity
@Table(name = "lms_certificate", uniqueConstraints = {
        @UniqueConstraint(name = "uq_certificate_valid", columnNames = {"learnerId", "courseId", "cycle", "validFlag"}),
        @UniqueConstraint(name = "uq_certificate_number", columnNames = {"number"}),
        @UniqueConstraint(name = "uq_certificate_code", columnNames = {"verificationCode"})})
@NamedQuery(name = "Certificate.byCode", query = "SELECT c FROM Certificate c WHERE c.verificationCode = :code")
@NamedQuery(name = "Certificate.ofLearner", query = "SELECT c FROM Certificate c WHERE c.learnerId = :learnerId"
        + " ORDER BY c.issuedAt DESC")
@NamedQuery(name = "Certificate.valid", query = "SELECT c FROM Certificate c WHERE c.learnerId = :learnerId"
        + " AND c.courseId = :courseId AND c.cycle = :cycle AND c.validFlag = 1")
@NamedQuery(name = "Certificate.latest", query = "SELECT c FROM Certificate c ORDER BY c.issuedAt DESC")
@NamedQuery(name = "Certificate.ofCourse", query = "SELECT c FROM Certificate c WHERE c.courseId = :courseId"
        + " ORDER BY c.issuedAt DESC")
// Renewal reminders: valid, expiring in the window, not yet reminded, and not covered by a longer-lasting valid one.
@NamedQuery(name = "Certificate.dueForReminder", query = "SELECT c.id FROM Certificate c WHERE c.validFlag = 1"
        + " AND c.validUntil > :after AND c.validUntil <= :until"
        + " AND NOT EXISTS (SELECT r.certificateId FROM CertificateReminder r WHERE r.certificateId = c.id)"
        + " AND NOT EXISTS (SELECT o.id FROM Certificate o WHERE o.learnerId = c.learnerId AND o.courseId = c.courseId"
        + " AND o.validFlag = 1 AND o.id <> c.id AND (o.validUntil IS NULL OR o.validUntil > c.validUntil))"
        + " ORDER BY c.validUntil")
@NamedQuery(name = "Certificate.revokedIndexes", query = "SELECT c.statusIndex FROM Certificate c WHERE c.status = "
        + "jp.medsec.lms.core.domain.model.certificate.CertificateStatus.REVOKED")
public class Certificate {

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 40)
    private String number;

    @Column(nullable = false, length = 40)
    private String verificationCode;

    @Column(nullable = false, length = 36)
    private String learnerId;

    @Column(nullable = false, length = 36)
    private String courseId;

    /** The fiscal year (April to March, Japan) of the completion: annual training is counted per 年度. */
    @Column(nullable = false)
    private int cycle;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CertificateStatus status;

    private Integer validFlag;

    @Column(nullable = false, length = 200)
    private String learnerName;

    @Column(length = 200)
    private String learnerNameKana;

    @Column(nullable = false, length = 300)
    private String courseTitle;

    @Column(nullable = false, length = 10)
    private String trackCode;

    @Column(nullable = false, length = 200)
    private String trackName;

    @Column(nullable = false)
    private int minutes;

    /** The learner's institution when it was issued; shown on the public verification only if {@link #showInstitution}. */
    @Column(length = 200)
    private String institutionName;

    /** The holder allows the verification page to name their institution (null: not allowed). */
    private Boolean showInstitution;

    /** The PDF layout the course chose when it was issued ({@code ja} or {@code en}); null on older rows means ja. */
    @Column(length = 8)
    private String template;

    @Column(nullable = false)
    private Instant completedAt;

    @Column(nullable = false)
    private Instant issuedAt;

    private Instant validUntil;

    /** Position in the published revocation list (Bitstring Status List) of the Open Badges credential. */
    @Column(nullable = false)
    private int statusIndex;

    @Column(length = 20)
    private String issuedHow;

    @Column(length = 500)
    private String reason;

    private Instant revokedAt;

    @Column(length = 36)
    private String supersededBy;

    @Version
    private long version;

    protected Certificate() {
    }

    public Certificate(Holder holder, String number, String verificationCode, int statusIndex, Instant completedAt,
                       Instant issuedAt, Instant validUntil, String issuedHow, String reason) {
        this.id = Ids.newId();
        this.number = Objects.requireNonNull(number, "number");
        this.verificationCode = Objects.requireNonNull(verificationCode, "verificationCode");
        this.learnerId = holder.learnerId();
        this.courseId = holder.courseId();
        this.learnerName = holder.learnerName();
        this.learnerNameKana = holder.learnerNameKana();
        this.courseTitle = holder.courseTitle();
        this.trackCode = holder.trackCode();
        this.trackName = holder.trackName();
        this.minutes = holder.minutes();
        this.template = holder.template();
        this.institutionName = holder.institutionName();
        this.completedAt = Objects.requireNonNull(completedAt, "completedAt");
        this.cycle = FiscalYear.of(completedAt);
        this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
        this.validUntil = validUntil;
        this.statusIndex = statusIndex;
        this.issuedHow = issuedHow;
        this.reason = reason;
        this.status = CertificateStatus.ISSUED;
        this.validFlag = 1;
    }

    /** Who and what a certificate is for, as it is at the time of issue. */
    public record Holder(String learnerId, String learnerName, String learnerNameKana, String courseId, String courseTitle,
                         String trackCode, String trackName, int minutes, String template, String institutionName) {
    }

    public void revoke(String why, Instant now) {
        if (status != CertificateStatus.ISSUED) {
            throw new ConflictException("certificate.not-valid", "Only a valid certificate can be revoked");
        }
        this.status = CertificateStatus.REVOKED;
        this.validFlag = null;
        this.reason = Objects.requireNonNull(why, "reason");
        this.revokedAt = now;
    }

    /** No longer valid because a new certificate replaces it (a reissue); {@link #replacedBy} names it once stored. */
    public void supersede() {
        if (status != CertificateStatus.ISSUED) {
            throw new ConflictException("certificate.not-valid", "Only a valid certificate can be reissued");
        }
        this.status = CertificateStatus.SUPERSEDED;
        this.validFlag = null;
    }

    public void replacedBy(String newCertificateId) {
        this.supersededBy = Objects.requireNonNull(newCertificateId, "newCertificateId");
    }

    public Optional<String> supersededBy() {
        return Optional.ofNullable(supersededBy);
    }

    /** What a verifier is told: revoked and superseded first, then expiry. */
    public String standing(Instant now) {
        if (status != CertificateStatus.ISSUED) {
            return status.name();
        }
        return validUntil != null && !now.isBefore(validUntil) ? "EXPIRED" : "VALID";
    }

    /** The holder decides whether anyone verifying the certificate may see their institution's name. */
    public void showInstitution(boolean allowed) {
        this.showInstitution = allowed;
    }

    public boolean institutionShown() {
        return Boolean.TRUE.equals(showInstitution);
    }

    /** The institution's name as a verifier may see it: only when the holder allows it. */
    public Optional<String> publicInstitutionName() {
        return institutionShown() ? Optional.ofNullable(institutionName) : Optional.empty();
    }

    public Optional<String> institutionName() { return Optional.ofNullable(institutionName); }
    public String id() { return id; }
    public String number() { return number; }
    public String verificationCode() { return verificationCode; }
    public String learnerId() { return learnerId; }
    public String courseId() { return courseId; }
    public int cycle() { return cycle; }
    public CertificateStatus status() { return status; }
    public String learnerName() { return learnerName; }
    public Optional<String> learnerNameKana() { return Optional.ofNullable(learnerNameKana); }
    public String courseTitle() { return courseTitle; }
    public String trackCode() { return trackCode; }
    public String trackName() { return trackName; }
    public int minutes() { return minutes; }
    public String template() { return template == null ? "ja" : template; }
    public Instant completedAt() { return completedAt; }
    public Instant issuedAt() { return issuedAt; }
    public Optional<Instant> validUntil() { return Optional.ofNullable(validUntil); }
    public int statusIndex() { return statusIndex; }
    public Optional<String> reason() { return Optional.ofNullable(reason); }
    public Optional<Instant> revokedAt() { return Optional.ofNullable(revokedAt); }
    public String issuedHow() { return issuedHow; }
}
