package jp.medsec.lms.core.application.internal;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jp.medsec.lms.core.application.mail.MailMessage;
import jp.medsec.lms.core.application.mail.MailSendException;
import jp.medsec.lms.core.application.mail.MailSettings;
import jp.medsec.lms.core.application.mail.MailTransport;
import jp.medsec.lms.core.application.mail.SmtpSettings;
import jp.medsec.lms.core.domain.model.mail.OutgoingMailRepository.Due;
import jp.medsec.lms.core.domain.model.mail.RetryPolicy;
import jp.medsec.lms.core.infrastructure.persistence.LostRace;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends due mails every {@code lms.mail.poll-seconds}: claims each (so that overlapping runs, or several servers,
 * never send one mail twice), hands it to the SMTP server outside any transaction, and records the outcome. While
 * mail is not configured it sends nothing and the mails wait.
 */
@ApplicationScoped
public class MailSenderJob {

    private static final Logger LOG = Logger.getLogger(MailSenderJob.class.getName());
    private static final int BATCH = 50;

    @Inject
    MailDeliverySteps steps;

    @Inject
    MailTransport transport;

    @Inject
    MailSettings settings;

    @Inject
    Clock clock;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> job;
    private volatile String lastConfigurationProblem;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        long every = settings.pollInterval().toMillis();
        settings.smtp().ifPresentOrElse(s -> LOG.info("Mail: sending through " + s),
                () -> LOG.warning("Mail is not configured (lms.mail.host, lms.mail.from): mails wait until it is"));
        job = scheduler.scheduleWithFixedDelay(() -> {
            try {
                sendDue();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Sending mail failed", e);
            }
        }, every, every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (job != null) {
            job.cancel(false);
        }
    }

    /** One run: sends what is due now, at most a few batches. Returns how many mails the server accepted. */
    public int sendDue() {
        Optional<SmtpSettings> smtp = smtpSettings();
        if (smtp.isEmpty()) {
            return 0;
        }
        RetryPolicy policy = settings.retryPolicy();
        // A send waits at most the connect, read and write timeouts; the lease outlasts that with room to spare.
        Duration lease = smtp.get().timeout().multipliedBy(4).plusMinutes(1);
        int sent = 0;
        for (int round = 0; round < 10; round++) {
            var due = steps.due(clock.instant(), BATCH);
            for (Due d : due) {
                Optional<MailMessage> claimed = claim(d, lease);
                if (claimed.isPresent() && deliver(d.id(), claimed.get(), smtp.get(), policy)) {
                    sent++;
                }
            }
            if (due.size() < BATCH) {
                break;
            }
        }
        return sent;
    }

    /** Empty when another sender claimed the mail first, also when the database told so by a lost race. */
    private Optional<MailMessage> claim(Due due, Duration lease) {
        try {
            return steps.claim(due, clock.instant(), lease);
        } catch (RuntimeException e) {
            if (!LostRace.of(e)) {
                throw e;
            }
            return Optional.empty();
        }
    }

    private boolean deliver(String id, MailMessage message, SmtpSettings smtp, RetryPolicy policy) {
        try {
            transport.send(smtp, message);
        } catch (MailSendException | RuntimeException e) {
            // An unexpected error counts as a failed attempt too: left alone, the mail would wait for its lease.
            recordOutcome(id, () -> steps.failed(id, e.getMessage(), clock.instant(), policy).ifPresent(m -> LOG.warning(
                    "Mail " + id + " (" + m.cause() + ") attempt " + m.attempts() + " failed: " + e.getMessage()
                    + m.nextAttemptAt().map(t -> "; next attempt at " + t).orElse("; giving up (FAILED)"))));
            return false;
        }
        recordOutcome(id, () -> steps.sent(id, clock.instant()));
        return true;
    }

    /**
     * Records how a send went, trying again when the database refuses for a moment (a deadlock victim, a lock wait):
     * a delivered mail left unrecorded would go out a second time once its lease ends.
     */
    private static void recordOutcome(String id, Runnable step) {
        for (int attempt = 1; ; attempt++) {
            try {
                step.run();
                return;
            } catch (RuntimeException e) {
                if (attempt == 3) {
                    LOG.log(Level.SEVERE, "Could not record the outcome of mail " + id
                            + "; it is tried again when its lease ends", e);
                    return;
                }
            }
        }
    }

    private Optional<SmtpSettings> smtpSettings() {
        try {
            Optional<SmtpSettings> smtp = settings.smtp();
            lastConfigurationProblem = null;
            return smtp;
        } catch (IllegalArgumentException e) {
            String problem = "Mail settings are invalid (lms.mail.security is STARTTLS, SMTPS or NONE): " + e.getMessage();
            if (!problem.equals(lastConfigurationProblem)) {
                LOG.severe(problem);
            }
            lastConfigurationProblem = problem;
            return Optional.empty();
        }
    }
}
