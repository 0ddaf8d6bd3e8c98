package jp.medsec.lms.core.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jp.medsec.lms.core.application.mail.MailMessage;
import jp.medsec.lms.core.application.mail.MailSendException;
import jp.medsec.lms.core.application.mail.MailTransport;
import jp.medsec.lms.core.application.mail.SmtpSettings;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/**
 * Jakarta Mail over SMTP: a plain-text UTF-8 message (the subject and the sender's name encoded for the header as
 * RFC 2047 requires, so Japanese survives every mail client), with timeouts so a stuck server cannot hold the
 * sender, and TLS required when STARTTLS is configured (no silent fallback to plain text).
 */
@ApplicationScoped
public class SmtpMailTransport implements MailTransport {

    @Override
    public void send(SmtpSettings settings, MailMessage message) throws MailSendException {
        String protocol = settings.security() == SmtpSettings.Security.SMTPS ? "smtps" : "smtp";
        Session session = Session.getInstance(properties(settings, protocol));
        try {
            MimeMessage mime = new MimeMessage(session);
            mime.setFrom(new InternetAddress(settings.from(), settings.fromName(), StandardCharsets.UTF_8.name()));
            mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(message.to(), true));
            mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
            mime.setText(message.body(), StandardCharsets.UTF_8.name(), "plain");
            mime.setSentDate(new Date());
            // RFC 3834: an automatic message, so auto-responders do not answer it.
            mime.setHeader("Auto-Submitted", "auto-generated");
            mime.saveChanges();
            try (Transport transport = session.getTransport(protocol)) {
                transport.connect(settings.host(), settings.port(), settings.user().orElse(null), settings.password().orElse(null));
                transport.sendMessage(mime, mime.getAllRecipients());
            }
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailSendException(describe(e), e);
        }
    }

    static Properties properties(SmtpSettings settings, String protocol) {
        String timeout = Long.toString(settings.timeout().toMillis());
        Properties p = new Properties();
        String prefix = "mail." + protocol + ".";
        p.setProperty(prefix + "host", settings.host());
        p.setProperty(prefix + "port", Integer.toString(settings.port()));
        p.setProperty(prefix + "connectiontimeout", timeout);
        p.setProperty(prefix + "timeout", timeout);
        p.setProperty(prefix + "writetimeout", timeout);
        p.setProperty(prefix + "auth", Boolean.toString(settings.user().isPresent()));
        if (settings.security() == SmtpSettings.Security.STARTTLS) {
            p.setProperty(prefix + "starttls.enable", "true");
            p.setProperty(prefix + "starttls.required", "true");
        }
        if (settings.security() != SmtpSettings.Security.NONE) {
            p.setProperty(prefix + "ssl.checkserveridentity", "true");
        }
        return p;
    }

    /** The first line of each cause ("Connection refused", "550 5.1.1 User unknown"), never a password or body. */
    static String describe(Exception e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 800; t = t.getCause()) {
            String line = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().strip().lines().findFirst().orElse("");
            if (!line.isEmpty() && text.indexOf(line) < 0) {
                text.append(text.length() == 0 ? "" : " / ").append(line);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return text.length() == 0 ? e.getClass().getSimpleName() : text.toString();
    }
}
