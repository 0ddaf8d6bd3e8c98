package jp.medsec.lms.core.domain.model.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When to try a failed mail again: after the first failure wait {@code firstDelay}, doubling after each further
 * failure up to {@code maxDelay}; after {@code maxAttempts} attempts give up. With the defaults (1 min, 1 h, 10
 * attempts) a mail is tried for about four and a half hours: 1, 2, 4, 8, 16, 32 min, then hourly, long enough to
 * ride out an SMTP server's restart or a night's maintenance window without the learner noticing.
 */
public record RetryPolicy(Duration firstDelay, Duration maxDelay, int maxAttempts) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(1), 10);

    public RetryPolicy {
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (firstDelay.isNegative() || firstDelay.isZero()) {
            throw new IllegalArgumentException("The first retry delay must be positive: " + firstDelay);
        }
        if (maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("The longest retry delay " + maxDelay + " is shorter than the first " + firstDelay);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("At least one attempt is needed: " + maxAttempts);
        }
    }

    /** The wait after the {@code attempt}-th failed attempt (1 for the first): first × 2^(attempt − 1), capped. */
    public Duration delayAfter(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("Attempts count from 1: " + attempt);
        }
        Duration delay = firstDelay;
        for (int i = 1; i < attempt && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /** When to try again after the {@code attempt}-th attempt failed at {@code failedAt}; empty: give up. */
    public Optional<Instant> nextAttempt(int attempt, Instant failedAt) {
        return attempt >= maxAttempts ? Optional.empty() : Optional.of(failedAt.plus(delayAfter(attempt)));
    }
}
