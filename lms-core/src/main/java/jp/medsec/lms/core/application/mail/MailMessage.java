package jp.medsec.lms.core.application.mail;

import java.util.Objects;

/**
 * A plain-text e-mail to one person.
 *
 * @param to      the recipient's address
 * @param subject the subject (any language: it is encoded for the header)
 * @param body    the text, lines separated by "\n"
 * @param cause   what caused it, for administrators (e.g. {@code live.PROMOTED session 4f…}); no personal data
 */
public record MailMessage(String to, String subject, String body, String cause) {

    public MailMessage {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(cause, "cause");
    }

    /** Without the body, which may hold links meant for the recipient only. */
    @Override
    public String toString() {
        return "MailMessage[cause=" + cause + ", subject=" + subject + "]";
    }
}
