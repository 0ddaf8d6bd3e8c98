package jp.medsec.lms.core.application.mail;

import jp.medsec.lms.core.application.Actor;
import jp.medsec.lms.core.domain.model.mail.MailStatus;
import jp.medsec.lms.core.domain.model.mail.OutgoingMail;

import java.util.List;
import java.util.Map;

/**
 * E-mails the LMS sends. {@link #enqueue} only writes the mail, in the caller's transaction: the change and its
 * mail commit or roll back together, and a slow or broken SMTP server never delays or undoes the change. The
 * sender job delivers it afterwards, retrying with back-off; administrators see what failed and send it again.
 */
public interface MailOutbox {

    /** Writes the mail for sending; must run inside the caller's transaction. Returns the mail's id. */
    String enqueue(MailMessage message);

    /** Newest first, {@code status} null for all; {@code page} from 0. */
    MailPage list(MailStatus status, int page, int size);

    /** Whether mail can be sent, and how many mails are in each state. */
    MailOverview overview();

    /** Sends a FAILED mail again (a new round of attempts), audited as {@code mail.retried}. */
    OutgoingMail retry(String mailId, Actor actor);

    /**
     * A test mail to {@code to}, so an administrator can check the SMTP settings; audited as {@code mail.tested}.
     */
    OutgoingMail sendTest(String to, Actor actor);

    record MailPage(List<OutgoingMail> items, long total, int page, int size) {
    }

    /**
     * @param configured  an SMTP host and sender address are set (else mails wait PENDING)
     * @param linksAbsolute {@code lms.public-url} is set, so mails can carry links
     * @param counts      mails per status
     */
    record MailOverview(boolean configured, boolean linksAbsolute, Map<MailStatus, Long> counts) {
    }
}
