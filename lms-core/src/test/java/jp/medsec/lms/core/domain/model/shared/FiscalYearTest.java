package jp.medsec.lms.core.domain.model.shared;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FiscalYearTest {

    @Test
    void aFiscalYearRunsFromAprilToMarchInJapanTime() {
        assertEquals(2026, FiscalYear.of(Instant.parse("2026-04-01T00:00:00+09:00")));
        assertEquals(2025, FiscalYear.of(Instant.parse("2026-03-31T23:59:59+09:00")));
        assertEquals(2026, FiscalYear.of(Instant.parse("2026-03-31T15:00:00Z")), "already April 1 in Japan");
        assertEquals(2026, FiscalYear.of(Instant.parse("2027-03-31T14:59:59Z")));
        assertEquals(2026, FiscalYear.of(Instant.parse("2026-11-24T00:00:00Z")));
    }
}
