package jp.medsec.lms.core.domain.model.mail;

/** Where an outgoing mail stands. */
public enum MailStatus {
    /** Waiting for its next attempt (also while mail is not configured). */
    PENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** Every attempt failed; an administrator may send it again. */
    FAILED
}
