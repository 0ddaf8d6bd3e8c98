package jp.medsec.lms.core.domain.model.course;

import jp.medsec.lms.core.domain.model.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CertificatePolicyTest {

    /** 2026-11-24 10:00 JST. */
    private static final Instant COMPLETED = Instant.parse("2026-11-24T01:00:00Z");

    @Test
    void validThroughTheSameDateMonthsLaterToTheEndOfThatDayInJapan() {
        assertEquals(Optional.of(Instant.parse("2027-11-24T14:59:59Z")), CertificatePolicy.defaults().validUntil(COMPLETED));
        assertEquals(Optional.of(Instant.parse("2028-11-24T14:59:59Z")), CertificatePolicy.of(24, "ja", false).validUntil(COMPLETED));
        // Completed just after midnight JST, still 30 November in UTC: the Japanese date (1 December) counts.
        assertEquals(Optional.of(Instant.parse("2027-06-01T14:59:59Z")),
                CertificatePolicy.of(6, "ja", false).validUntil(Instant.parse("2026-11-30T15:30:00Z")));
    }

    @Test
    void zeroMonthsMeansNoExpiry() {
        assertEquals(Optional.empty(), CertificatePolicy.of(0, "en", true).validUntil(COMPLETED));
    }

    @Test
    void refusesOutOfRangeValidityAndUnknownTemplatesNamingEachField() {
        var e = assertThrows(InvalidInputException.class, () -> CertificatePolicy.of(121, "fr", false));
        assertEquals(2, e.problems().size());
    }
}
