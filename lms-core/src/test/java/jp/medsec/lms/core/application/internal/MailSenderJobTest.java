package jp.medsec.lms.core.application.internal;

import jp.medsec.lms.core.application.mail.MailMessage;
import jp.medsec.lms.core.application.mail.MailSendException;
import jp.medsec.lms.core.application.mail.MailSettings;
import jp.medsec.lms.core.application.mail.SmtpSettings;
import jp.medsec.lms.core.domain.model.mail.OutgoingMail;
import jp.medsec.lms.core.domain.model.mail.OutgoingMailRepository.Due;
import jp.medsec.lms.core.domain.model.mail.RetryPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLTransactionRollbackException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One sender run when the database or the mail library misbehaves for a moment: no mail may be left leased (it would
 * then wait for its lease to end, and a delivered one would go out twice) and the other mails still go out.
 */
class MailSenderJobTest {

    /** The database steps over a map: mail id to its state; each step can be told to fail its next calls. */
    private static final class Steps extends MailDeliverySteps {
        final Map<String, String> state = new LinkedHashMap<>();
        int failNextClaims;
        int failNextRecords;

        @Override
        public List<Due> due(Instant now, int limit) {
            return state.entrySet().stream().filter(e -> e.getValue().equals("PENDING"))
                    .map(e -> new Due(e.getKey(), 0)).limit(limit).toList();
        }

        @Override
        public Optional<MailMessage> claim(Due due, Instant now, Duration lease) {
            if (failNextClaims > 0) {
                failNextClaims--;
                throw deadlockVictim();
            }
            state.put(due.id(), "LEASED");
            return Optional.of(new MailMessage(due.id() + "@example.jp", "件名", "本文", "test"));
        }

        @Override
        public void sent(String id, Instant at) {
            record(id, "SENT");
        }

        @Override
        public Optional<OutgoingMail> failed(String id, String error, Instant at, RetryPolicy policy) {
            record(id, "RETRY");
            return Optional.empty();
        }

        private void record(String id, String outcome) {
            if (failNextRecords > 0) {
                failNextRecords--;
                throw deadlockVictim();
            }
            state.put(id, outcome);
        }

        private static RuntimeException deadlockVictim() {
            return new RuntimeException("transaction rolled back",
                    new SQLTransactionRollbackException("A lock could not be obtained due to a deadlock", "40001"));
        }
    }

    private final Steps steps = new Steps();
    private final List<String> delivered = new ArrayList<>();
    private final MailSenderJob job = new MailSenderJob();

    @BeforeEach
    void wire() {
        job.steps = steps;
        job.clock = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);
        job.settings = new MailSettings() {
            @Override
            public Optional<SmtpSettings> smtp() {
                return Optional.of(new SmtpSettings("127.0.0.1", 25, SmtpSettings.Security.NONE, Optional.empty(),
                        Optional.empty(), "lms@example.jp", DEFAULT_FROM_NAME, Duration.ofSeconds(5)));
            }

            @Override
            public RetryPolicy retryPolicy() {
                return RetryPolicy.DEFAULT;
            }
        };
        job.transport = (settings, message) -> delivered.add(message.to());
        steps.state.put("a", "PENDING");
        steps.state.put("b", "PENDING");
    }

    @Test
    void aDeliveredMailIsRecordedAsSentEvenWhenTheFirstRecordingIsADeadlockVictim() {
        steps.failNextRecords = 2;
        assertEquals(2, job.sendDue());
        assertEquals(Map.of("a", "SENT", "b", "SENT"), steps.state);
        assertEquals(List.of("a@example.jp", "b@example.jp"), delivered);
    }

    @Test
    void aClaimLostToADeadlockSkipsThatMailAndTheRunGoesOn() {
        steps.failNextClaims = 1;
        assertEquals(1, job.sendDue());
        // "a" stays PENDING for the next run; "b" went out.
        assertEquals(Map.of("a", "PENDING", "b", "SENT"), steps.state);
    }

    @Test
    void anUnexpectedErrorOfTheMailLibraryCountsAsAFailedAttemptAndTheRunGoesOn() {
        job.transport = (settings, message) -> {
            if (message.to().startsWith("a")) {
                throw new IllegalStateException("the mail library broke");
            }
            delivered.add(message.to());
        };
        assertEquals(1, job.sendDue());
        assertEquals(Map.of("a", "RETRY", "b", "SENT"), steps.state);
    }

    @Test
    void aRefusedSendIsAFailedAttempt() {
        job.transport = (settings, message) -> {
            throw new MailSendException("550 mailbox unavailable", null);
        };
        assertEquals(0, job.sendDue());
        assertEquals(Map.of("a", "RETRY", "b", "RETRY"), steps.state);
    }
}
