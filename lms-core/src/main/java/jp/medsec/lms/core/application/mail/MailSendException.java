package jp.medsec.lms.core.application.mail;

/** The SMTP server could not be reached or refused the mail; the message is short and safe to show admins. */
public class MailSendException extends Exception {

    private static final long serialVersionUID = 1L;

    public MailSendException(String message, Throwable cause) {
        super(message, cause);
    }
}
