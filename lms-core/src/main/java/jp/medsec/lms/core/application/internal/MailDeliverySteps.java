package jp.medsec.lms.core.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jp.medsec.lms.core.application.mail.MailMessage;
import jp.medsec.lms.core.domain.model.mail.OutgoingMail;
import jp.medsec.lms.core.domain.model.mail.OutgoingMailRepository;
import jp.medsec.lms.core.domain.model.mail.OutgoingMailRepository.Due;
import jp.medsec.lms.core.domain.model.mail.RetryPolicy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The sender job's database steps, each in a transaction of its own so that no transaction stays open while the
 * SMTP server is talked to: find due mails, claim one, record how its send went.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class MailDeliverySteps {

    @Inject
    OutgoingMailRepository mails;

    public List<Due> due(Instant now, int limit) {
        return mails.due(now, limit);
    }

    /**
     * Claims the mail for one send, leasing it for {@code lease} (longer than a send can take, so that a sender
     * that died mid-send lets another try after it); empty when another sender was first.
     */
    public Optional<MailMessage> claim(Due due, Instant now, Duration lease) {
        if (!mails.claim(due.id(), due.version(), now.plus(lease))) {
            return Optional.empty();
        }
        return mails.find(due.id()).map(m -> new MailMessage(m.recipient(), m.subject(), m.body(), m.cause()));
    }

    public void sent(String id, Instant at) {
        mails.find(id).ifPresent(m -> m.delivered(at));
    }

    /** Returns the mail as it now stands (PENDING with its next attempt, or FAILED). */
    public Optional<OutgoingMail> failed(String id, String error, Instant at, RetryPolicy policy) {
        Optional<OutgoingMail> mail = mails.find(id);
        mail.ifPresent(m -> m.attemptFailed(error, at, policy));
        return mail;
    }
}
