package jp.medsec.lms.core.domain.model.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The renewal reminder of one certificate: written once, in the transaction that queues the mail, so the primary key
 * (the certificate's id) makes the database refuse a second reminder whatever the timing of overlapping job runs, on
 * one server or several. {@code mailId} is null when no mail was due after all (the holder was already told about
 * this expiry through the certificate this one replaced, or the account no longer exists).
 */
@Entity
@Table(name = "lms_certificate_reminder")
@NamedQuery(name = "CertificateReminder.forExpiry", query = "SELECT r FROM CertificateReminder r WHERE r.learnerId = :learnerId"
        + " AND r.courseId = :courseId AND r.expiresAt = :expiresAt AND r.mailId IS NOT NULL")
public class CertificateReminder {

    @Id
    @Column(length = 36)
    private String certificateId;

    @Column(nullable = false, length = 36)
    private String learnerId;

    @Column(nullable = false, length = 36)
    private String courseId;

    /** The certificate's expiry this reminder is about. */
    @Column(nullable = false)
    private Instant expiresAt;

    @Column(nullable = false)
    private Instant remindedAt;

    @Column(length = 36)
    private String mailId;

    protected CertificateReminder() {
    }

    public CertificateReminder(Certificate certificate, Instant remindedAt, String mailId) {
        this.certificateId = certificate.id();
        this.learnerId = certificate.learnerId();
        this.courseId = certificate.courseId();
        this.expiresAt = certificate.validUntil().orElseThrow(() -> new IllegalArgumentException("A certificate without expiry"));
        this.remindedAt = Objects.requireNonNull(remindedAt, "remindedAt");
        this.mailId = mailId;
    }

    public String certificateId() { return certificateId; }
    public Instant expiresAt() { return expiresAt; }
    public Instant remindedAt() { return remindedAt; }
    public Optional<String> mailId() { return Optional.ofNullable(mailId); }
}
