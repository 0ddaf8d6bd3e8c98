package jp.medsec.lms.core.domain.model.federation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jp.medsec.lms.core.domain.model.learner.Learner;
import jp.medsec.lms.core.domain.model.shared.Ids;

import java.time.Instant;
import java.util.Objects;

/**
 * A person at an identity provider (issuer and subject, which never change, unlike e-mail addresses) linked to an
 * LMS account. The database keeps one link per issuer and subject.
 */
@Entity
@Table(name = "lms_federated_identity", uniqueConstraints = @UniqueConstraint(columnNames = {"issuer", "subject"}))
@NamedQuery(name = "FederatedIdentity.find",
        query = "SELECT f FROM FederatedIdentity f WHERE f.issuer = :issuer AND f.subject = :subject")
public class FederatedIdentity {

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 500)
    private String issuer;

    @Column(nullable = false, length = 255)
    private String subject;

    @ManyToOne(optional = false)
    @JoinColumn(name = "learner_id", nullable = false)
    private Learner learner;

    @Column(nullable = false)
    private Instant linkedAt;

    @Column(nullable = false)
    private Instant lastLoginAt;

    protected FederatedIdentity() {
    }

    public FederatedIdentity(String issuer, String subject, Learner learner, Instant now) {
        this.id = Ids.newId();
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.learner = Objects.requireNonNull(learner, "learner");
        this.linkedAt = Objects.requireNonNull(now, "now");
        this.lastLoginAt = now;
    }

    public void loggedIn(Instant now) {
        this.lastLoginAt = Objects.requireNonNull(now, "now");
    }

    public Learner learner() {
        return learner;
    }

    public String issuer() {
        return issuer;
    }

    public String subject() {
        return subject;
    }
}
