package jp.medsec.lms.core.domain.model.mail;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.medsec.lms.core.domain.model.shared.ConflictException;
import jp.medsec.lms.core.domain.model.shared.Ids;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One e-mail the LMS owes someone: plain text in UTF-8, with what caused it (for administrators, e.g.
 * {@code live.PROMOTED session 4f…}). It is written PENDING in the transaction of the change that caused it; the
 * sender claims it by moving {@code nextAttemptAt} past the time a send can take (counting the attempt), so two
 * senders never send it at once, and then records the outcome: SENT, PENDING again after a back-off, or FAILED
 * once the {@link RetryPolicy} gives up.
 */
// Not in the shared cache: the sender claims rows with a bulk UPDATE, and other servers of a cluster change them too.
@Cacheable(false)
@Entity
@Table(name = "lms_mail_outbox", indexes = {
        @Index(name = "ix_mail_due", columnList = "status, next_attempt_at"),
        @Index(name = "ix_mail_created", columnList = "created_at")})
public class OutgoingMail {

    public static final int MAX_SUBJECT = 500;
    public static final int MAX_ERROR = 1000;

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(nullable = false, length = MAX_SUBJECT)
    private String subject;

    @Lob
    @Column(nullable = false)
    private String body;

    @Column(name = "cause", nullable = false, length = 200)
    private String cause;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MailStatus status;

    /** Attempts made since the mail was written (or last sent again by an administrator). */
    @Column(nullable = false)
    private int attempts;

    /** When the sender may take it next; null once SENT or FAILED. */
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    @Version
    private long version;

    protected OutgoingMail() {
    }

    public OutgoingMail(String recipient, String subject, String body, String cause, Instant now) {
        this.id = Ids.newId();
        this.recipient = requireText(recipient, "recipient", 254);
        this.subject = requireText(subject, "subject", MAX_SUBJECT);
        this.body = Objects.requireNonNull(body, "body");
        this.cause = requireText(cause, "cause", 200);
        this.createdAt = Objects.requireNonNull(now, "now");
        this.status = MailStatus.PENDING;
        this.attempts = 0;
        this.nextAttemptAt = now;
    }

    private static String requireText(String value, String name, int max) {
        Objects.requireNonNull(value, name);
        if (value.isBlank() || value.length() > max) {
            throw new IllegalArgumentException(name + " must be 1 to " + max + " characters");
        }
        return value;
    }

    /** The SMTP server accepted it. */
    public void delivered(Instant at) {
        requirePending();
        status = MailStatus.SENT;
        sentAt = at;
        lastAttemptAt = at;
        nextAttemptAt = null;
    }

    /**
     * The attempt counted by the claim failed with {@code error} (a short reason, never the body): wait as the
     * policy says, or give up.
     */
    public void attemptFailed(String error, Instant at, RetryPolicy policy) {
        requirePending();
        lastError = cut(error == null || error.isBlank() ? "unknown error" : error, MAX_ERROR);
        lastAttemptAt = at;
        Optional<Instant> next = policy.nextAttempt(Math.max(attempts, 1), at);
        nextAttemptAt = next.orElse(null);
        if (next.isEmpty()) {
            status = MailStatus.FAILED;
        }
    }

    /** An administrator sends a FAILED mail again: a fresh round of attempts, starting now. */
    public void retry(Instant now) {
        if (status != MailStatus.FAILED) {
            throw new ConflictException("mail.not-failed", "Only a mail that failed can be sent again; this one is " + status);
        }
        status = MailStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    private void requirePending() {
        if (status != MailStatus.PENDING) {
            throw new IllegalStateException("Mail " + id + " is " + status + ", not PENDING");
        }
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    public String id() {
        return id;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public String cause() {
        return cause;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public MailStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Optional<Instant> nextAttemptAt() {
        return Optional.ofNullable(nextAttemptAt);
    }

    public Optional<Instant> lastAttemptAt() {
        return Optional.ofNullable(lastAttemptAt);
    }

    public Optional<Instant> sentAt() {
        return Optional.ofNullable(sentAt);
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public long version() {
        return version;
    }
}
