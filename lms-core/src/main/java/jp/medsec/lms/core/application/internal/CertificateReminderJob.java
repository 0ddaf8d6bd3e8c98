package jp.medsec.lms.core.application.internal;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jp.medsec.lms.core.application.certificate.RenewalSettings;
import jp.medsec.lms.core.infrastructure.persistence.LostRace;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Renewal reminders: every {@code lms.certificates.reminder-interval-seconds} (default an hour) queues one mail, through
 * the outbox, to the holder of each valid certificate that expires within {@code lms.certificates.reminder-days}
 * (default 30; 0 = off). Exactly once per certificate, enforced by the database ({@link CertificateReminderSteps}):
 * overlapping runs, several servers and restarts all find the reminder row written with the first mail.
 */
@ApplicationScoped
public class CertificateReminderJob {

    private static final Logger LOG = Logger.getLogger(CertificateReminderJob.class.getName());
    private static final int BATCH = 200;

    @Inject
    CertificateReminderSteps steps;

    @Inject
    RenewalSettings settings;

    @Inject
    Clock clock;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> job;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        if (!settings.remindersOn()) {
            LOG.info("Certificates: renewal reminders are off (" + RenewalSettings.DAYS + " = 0)");
            return;
        }
        long every = settings.interval().toSeconds();
        LOG.info("Certificates: renewal reminders " + settings.days() + " days before expiry, checked every " + every + " s");
        job = scheduler.scheduleWithFixedDelay(() -> {
            try {
                int sent = remindDue();
                if (sent > 0) {
                    LOG.info("Certificates: " + sent + " renewal reminder(s) queued");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Sending certificate renewal reminders failed", e);
            }
        }, every, every, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (job != null) {
            job.cancel(false);
        }
    }

    /** One run: queues the reminders due now. Returns how many mails it queued (0 while reminders are off). */
    public int remindDue() {
        if (!settings.remindersOn()) {
            return 0;
        }
        Duration window = settings.window();
        int queued = 0;
        for (int round = 0; round < 50; round++) {
            Instant now = clock.instant();
            List<String> due = steps.due(now, window, BATCH);
            int queuedNow = 0;
            for (String certificateId : due) {
                try {
                    if (steps.remind(certificateId, now, window)) {
                        queuedNow++;
                    }
                } catch (RuntimeException e) {
                    // Another run reminded it first (the primary key refused the second reminder) or a lock timed out:
                    // either way the next run sees the truth.
                    if (!LostRace.of(e)) {
                        LOG.log(Level.WARNING, "No renewal reminder for certificate " + certificateId + " this time", e);
                    }
                }
            }
            queued += queuedNow;
            // A full batch may hide more; one that queued nothing would only come back the same.
            if (due.size() < BATCH || queuedNow == 0) {
                break;
            }
        }
        return queued;
    }
}
