package jp.medsec.lms.core.domain.model.mail;

import jp.medsec.lms.core.domain.model.shared.ConflictException;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutgoingMailTest {

    private static final Instant T = Instant.parse("2026-12-01T05:00:00Z");
    private static final RetryPolicy POLICY = new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(2), 3);

    private static OutgoingMail mail() {
        return new OutgoingMail("nurse@example.jp", "【受付完了】", "本文", "live.PROMOTED session s1", T);
    }

    /** The claim (a bulk UPDATE in the repository) counts the attempt; here it is set as the database would. */
    private static void claimed(OutgoingMail mail, int attempts) throws ReflectiveOperationException {
        Field f = OutgoingMail.class.getDeclaredField("attempts");
        f.setAccessible(true);
        f.setInt(mail, attempts);
    }

    @Test
    void aNewMailIsDueAtOnce() {
        OutgoingMail m = mail();
        assertEquals(MailStatus.PENDING, m.status());
        assertEquals(Optional.of(T), m.nextAttemptAt());
        assertEquals(0, m.attempts());
    }

    @Test
    void failuresBackOffThenTheMailFailsAndAnAdministratorCanSendItAgain() throws Exception {
        OutgoingMail m = mail();
        claimed(m, 1);
        m.attemptFailed("Connection refused", T, POLICY);
        assertEquals(MailStatus.PENDING, m.status());
        assertEquals(Optional.of(T.plusSeconds(60)), m.nextAttemptAt());
        claimed(m, 2);
        m.attemptFailed("Connection refused", T.plusSeconds(60), POLICY);
        assertEquals(Optional.of(T.plusSeconds(180)), m.nextAttemptAt());
        claimed(m, 3);
        m.attemptFailed("550 5.1.1 User unknown", T.plusSeconds(180), POLICY);
        assertEquals(MailStatus.FAILED, m.status());
        assertEquals(Optional.empty(), m.nextAttemptAt());
        assertEquals(Optional.of("550 5.1.1 User unknown"), m.lastError());

        m.retry(T.plusSeconds(600));
        assertEquals(MailStatus.PENDING, m.status());
        assertEquals(0, m.attempts());
        assertEquals(Optional.of(T.plusSeconds(600)), m.nextAttemptAt());
        m.delivered(T.plusSeconds(601));
        assertEquals(MailStatus.SENT, m.status());
        assertEquals(Optional.of(T.plusSeconds(601)), m.sentAt());
    }

    @Test
    void onlyAFailedMailCanBeSentAgainAndASentMailStaysSent() {
        OutgoingMail m = mail();
        assertEquals("mail.not-failed", assertThrows(ConflictException.class, () -> m.retry(T)).code());
        m.delivered(T);
        assertThrows(IllegalStateException.class, () -> m.attemptFailed("late", T, POLICY));
        assertThrows(ConflictException.class, () -> m.retry(T));
    }

    @Test
    void aLongErrorIsCut() throws Exception {
        OutgoingMail m = mail();
        claimed(m, 1);
        m.attemptFailed("x".repeat(5000), T, POLICY);
        assertTrue(m.lastError().orElseThrow().length() <= OutgoingMail.MAX_ERROR);
    }
}
