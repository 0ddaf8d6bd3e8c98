package jp.medsec.lms.core.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jp.medsec.lms.core.domain.model.shared.Ids;

import java.time.Instant;
import java.util.Objects;

/**
 * One security-relevant action: who (learner id, or the e-mail tried when nobody is known), what (a stable
 * action code), on what, from which address, with a short detail. Immutable: no setters, no update path.
 */
@Entity
@Table(name = "lms_audit", indexes = {@Index(name = "ix_audit_at", columnList = "occurred_at"),
        @Index(name = "ix_audit_action", columnList = "action")})
public class AuditEntry {

    @Id
    @Column(length = 36, updatable = false)
    private String id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 40, updatable = false)
    private String action;

    @Column(length = 254, updatable = false)
    private String actor;

    @Column(length = 254, updatable = false)
    private String subject;

    @Column(length = 64, updatable = false)
    private String address;

    @Column(length = 1000, updatable = false)
    private String detail;

    protected AuditEntry() {
    }

    public AuditEntry(Instant occurredAt, String action, String actor, String subject, String address, String detail) {
        this.id = Ids.newId();
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.action = Objects.requireNonNull(action, "action");
        this.actor = cut(actor, 254);
        this.subject = cut(subject, 254);
        this.address = cut(address, 64);
        this.detail = cut(detail, 1000);
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public String id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String action() {
        return action;
    }

    public String actor() {
        return actor;
    }

    public String subject() {
        return subject;
    }

    public String address() {
        return address;
    }

    public String detail() {
        return detail;
    }
}
