package jp.medsec.lms.core.domain.model.certificate;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which certificates their holders must renew: what the reminder job mails about and what managers are shown. */
class RenewalTest {

    private static final Instant NOW = Instant.parse("2026-11-24T03:00:00Z");
    private static final Duration WINDOW = Duration.ofDays(30);

    private static Certificate certificate(String learner, String course, Instant validUntil) {
        Instant completed = validUntil == null ? NOW.minus(Duration.ofDays(300)) : validUntil.minus(Duration.ofDays(365));
        return new Certificate(new Certificate.Holder(learner, "受講 花子", null, course, "基礎", "STF", "初学者", 30, "ja", null),
                "STF-2026-" + Math.abs((learner + course + validUntil).hashCode() % 1000000), "CODE", 1, completed, completed,
                validUntil, "automatic", null);
    }

    @Test
    void aValidCertificateExpiringWithinTheWindowOrExpiredNeedsRenewal() {
        Certificate soon = certificate("a", "c", NOW.plus(Duration.ofDays(10)));
        Certificate edge = certificate("b", "c", NOW.plus(WINDOW));
        Certificate later = certificate("d", "c", NOW.plus(Duration.ofDays(31)));
        Certificate expired = certificate("e", "c", NOW.minus(Duration.ofDays(3)));
        Certificate forever = certificate("f", "c", null);
        Map<String, Renewal> due = Renewal.of(List.of(soon, edge, later, expired, forever), NOW, WINDOW);
        assertEquals(Map.of(soon.id(), Renewal.EXPIRES_SOON, edge.id(), Renewal.EXPIRES_SOON, expired.id(), Renewal.EXPIRED), due);
    }

    @Test
    void revokedAndSupersededCertificatesAreHistoryNotRenewals() {
        Certificate revoked = certificate("a", "c", NOW.plus(Duration.ofDays(5)));
        revoked.revoke("誤り", NOW);
        Certificate superseded = certificate("b", "c", NOW.plus(Duration.ofDays(5)));
        superseded.supersede();
        assertEquals(Map.of(), Renewal.of(List.of(revoked, superseded), NOW, WINDOW));
    }

    @Test
    void aLongerLastingValidCertificateOfTheSameCourseCoversTheHolder() {
        Certificate old = certificate("a", "c", NOW.plus(Duration.ofDays(5)));
        Certificate renewed = certificate("a", "c", NOW.plus(Duration.ofDays(370)));
        Certificate otherCourse = certificate("a", "other", NOW.plus(Duration.ofDays(370)));
        Certificate otherLearner = certificate("z", "c", NOW.plus(Duration.ofDays(370)));
        assertEquals(Optional.empty(), Renewal.of(old, List.of(old, renewed), NOW, WINDOW));
        assertEquals(Optional.of(Renewal.EXPIRES_SOON), Renewal.of(old, List.of(old, otherCourse, otherLearner), NOW, WINDOW),
                "only the same learner's same course counts");
        Certificate revokedRenewal = certificate("a", "c", NOW.plus(Duration.ofDays(370)));
        revokedRenewal.revoke("誤り", NOW);
        assertEquals(Optional.of(Renewal.EXPIRES_SOON), Renewal.of(old, List.of(old, revokedRenewal), NOW, WINDOW),
                "a revoked one covers nobody");
    }

    @Test
    void withRemindersOffOnlyExpiredCertificatesAreFlagged() {
        Certificate soon = certificate("a", "c", NOW.plus(Duration.ofDays(1)));
        Certificate expired = certificate("b", "c", NOW.minus(Duration.ofDays(1)));
        assertEquals(Map.of(expired.id(), Renewal.EXPIRED), Renewal.of(List.of(soon, expired), NOW, Duration.ZERO));
    }
}
