package jp.medsec.lms.core.domain.model.mail;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RetryPolicyTest {

    private static final Instant T = Instant.parse("2026-12-01T05:00:00Z");

    @Test
    void theWaitDoublesFromOneMinuteUpToAnHour() {
        RetryPolicy p = RetryPolicy.DEFAULT;
        assertEquals(java.util.List.of(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L),
                IntStream.rangeClosed(1, 9).mapToObj(p::delayAfter).map(Duration::toMinutes).toList());
    }

    @Test
    void afterTheLastAttemptItGivesUp() {
        RetryPolicy p = new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(4), 3);
        assertEquals(Optional.of(T.plusSeconds(1)), p.nextAttempt(1, T));
        assertEquals(Optional.of(T.plusSeconds(2)), p.nextAttempt(2, T));
        assertEquals(Optional.empty(), p.nextAttempt(3, T));
        assertEquals(Optional.empty(), p.nextAttempt(4, T));
    }

    @Test
    void aVeryLateAttemptDoesNotOverflow() {
        assertEquals(Duration.ofHours(1), RetryPolicy.DEFAULT.delayAfter(10_000));
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(Duration.ZERO, Duration.ofHours(1), 3));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(Duration.ofHours(2), Duration.ofHours(1), 3));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(1), 0));
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.DEFAULT.delayAfter(0));
    }
}
