package jp.medsec.lms.core.application.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Optional;

/**
 * When certificate holders are reminded of an expiry, and what managers see as "expiring soon": {@value #DAYS} days
 * before it (environment {@code LMS_CERTIFICATES_REMINDER_DAYS}, or {@code LMS_CERTIFICATE_REMINDER_DAYS}, which
 * MicroProfile Config reads as {@value #DAYS_ALIAS}); default 30, 0 turns reminders off (the lists then flag only
 * certificates that have expired). The job looks for due reminders every {@value #INTERVAL} seconds (default an hour:
 * the window is counted in days).
 */
@ApplicationScoped
public class RenewalSettings {

    public static final String DAYS = "lms.certificates.reminder-days";
    public static final String DAYS_ALIAS = "lms.certificate.reminder-days";
    public static final String INTERVAL = "lms.certificates.reminder-interval-seconds";
    public static final int DEFAULT_DAYS = 30;
    public static final int MAX_DAYS = 365;

    @Inject
    @ConfigProperty(name = DAYS)
    Optional<Integer> days;

    @Inject
    @ConfigProperty(name = DAYS_ALIAS)
    Optional<Integer> daysAlias;

    @Inject
    @ConfigProperty(name = INTERVAL, defaultValue = "3600")
    long intervalSeconds;

    /** Days before the expiry; 0 means no reminders. */
    public int days() {
        int d = days.or(() -> daysAlias).orElse(DEFAULT_DAYS);
        if (d < 0 || d > MAX_DAYS) {
            throw new IllegalStateException(DAYS + " must be 0 (off) to " + MAX_DAYS + " days, not " + d);
        }
        return d;
    }

    public boolean remindersOn() {
        return days() > 0;
    }

    /** How far ahead of an expiry a certificate counts as expiring soon. */
    public Duration window() {
        return Duration.ofDays(days());
    }

    public Duration interval() {
        return Duration.ofSeconds(Math.max(10, intervalSeconds));
    }
}
