package jp.medsec.lms.core.application.mail;

/** Hands one mail to the SMTP server; implemented in {@code infrastructure.mail}. */
public interface MailTransport {

    /** Returns when the server accepted the mail; throws {@link MailSendException} otherwise. */
    void send(SmtpSettings settings, MailMessage message) throws MailSendException;
}
