package jp.medsec.lms.core.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jp.medsec.lms.core.application.Actor;
import jp.medsec.lms.core.application.AuditLog;
import jp.medsec.lms.core.application.mail.MailMessage;
import jp.medsec.lms.core.application.mail.MailOutbox;
import jp.medsec.lms.core.application.mail.MailSettings;
import jp.medsec.lms.core.domain.model.mail.MailStatus;
import jp.medsec.lms.core.domain.model.mail.OutgoingMail;
import jp.medsec.lms.core.domain.model.mail.OutgoingMailRepository;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException;
import jp.medsec.lms.core.domain.model.shared.NotFoundException;

import java.time.Clock;
import java.util.Locale;
import java.util.regex.Pattern;

@ApplicationScoped
@Transactional
public class DefaultMailOutbox implements MailOutbox {

    /** Good enough to refuse a typo; the SMTP server has the last word. */
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    @Inject
    OutgoingMailRepository mails;

    @Inject
    MailSettings settings;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Override
    @Transactional(TxType.MANDATORY)
    public String enqueue(MailMessage message) {
        OutgoingMail mail = new OutgoingMail(message.to(), cut(message.subject()), message.body(), message.cause(), clock.instant());
        mails.add(mail);
        return mail.id();
    }

    private static String cut(String subject) {
        return subject.length() <= OutgoingMail.MAX_SUBJECT ? subject : subject.substring(0, OutgoingMail.MAX_SUBJECT - 1) + "…";
    }

    @Override
    @Transactional(TxType.SUPPORTS)
    public MailPage list(MailStatus status, int page, int size) {
        int p = Math.max(0, page);
        int s = Math.max(1, Math.min(size, 200));
        return new MailPage(mails.list(status, p * s, s), mails.count(status), p, s);
    }

    @Override
    @Transactional(TxType.SUPPORTS)
    public MailOverview overview() {
        boolean configured;
        try {
            configured = settings.smtp().isPresent();
        } catch (IllegalArgumentException e) {
            configured = false; // an unknown lms.mail.security: the sender job logs it
        }
        return new MailOverview(configured, settings.publicUrl().isPresent(), mails.countByStatus());
    }

    @Override
    public OutgoingMail retry(String mailId, Actor actor) {
        OutgoingMail mail = mails.find(mailId).orElseThrow(() -> new NotFoundException("mail", mailId));
        mail.retry(clock.instant());
        audit.record(AuditLog.MAIL_RETRIED, actor.learnerId(), mail.id(), actor.address(), mail.cause());
        return mail;
    }

    @Override
    public OutgoingMail sendTest(String to, Actor actor) {
        String address = to == null ? "" : to.strip().toLowerCase(Locale.ROOT);
        if (!ADDRESS.matcher(address).matches() || address.length() > 254) {
            throw new InvalidInputException("mail.address", "Not an e-mail address",
                    java.util.List.of(new InvalidInputException.FieldProblem("to", "mail.address")));
        }
        String subject = "【テスト】医療機関サイバーセキュリティ研修 / Test mail";
        String body = "これは管理画面から送信したテストメールです。届いていれば、メール送信の設定は正しく動作しています。\n"
                + "This is a test mail sent from the administration page. If it arrived, sending mail works.\n";
        OutgoingMail mail = new OutgoingMail(address, subject, body, "mail.test", clock.instant());
        mails.add(mail);
        audit.record(AuditLog.MAIL_TESTED, actor.learnerId(), mail.id(), actor.address(), null);
        return mail;
    }
}
