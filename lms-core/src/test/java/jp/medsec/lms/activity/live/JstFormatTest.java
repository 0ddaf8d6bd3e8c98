package jp.medsec.lms.activity.live;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JstFormatTest {

    /** 14:00 in Tokyo is 05:00 UTC. */
    private static final Instant START = Instant.parse("2026-12-01T05:00:00Z");
    private static final Instant END = Instant.parse("2026-12-01T06:00:00Z");

    @Test
    void aSessionIsShownInJapanTimeWithTheZoneNamed() {
        assertEquals("2026年12月1日(火) 14:00〜15:00 JST", JstFormat.range(START, END, Locale.JAPANESE));
        assertEquals("Tue 1 Dec 2026, 14:00–15:00 JST", JstFormat.range(START, END, Locale.ENGLISH));
        assertEquals("Tue 1 Dec 2026, 14:00–15:00 JST", JstFormat.range(START, END, Locale.US));
    }

    @Test
    void whateverTheServersZoneTheDateIsTheJapaneseOne() {
        // 23:30 UTC on 30 November is already 1 December in Japan.
        assertEquals("2026年12月1日(火) 08:30 JST", JstFormat.dateTime(Instant.parse("2026-11-30T23:30:00Z"), Locale.JAPANESE));
        assertEquals("Tue 1 Dec 2026, 08:30 JST", JstFormat.dateTime(Instant.parse("2026-11-30T23:30:00Z"), Locale.ENGLISH));
    }

    @Test
    void aSessionAcrossMidnightNamesBothDates() {
        Instant start = Instant.parse("2026-12-01T14:00:00Z");
        Instant end = Instant.parse("2026-12-01T16:00:00Z");
        assertEquals("2026年12月1日(火) 23:00〜12月2日(水) 01:00 JST", JstFormat.range(start, end, Locale.JAPANESE));
        assertEquals("Tue 1 Dec 2026, 23:00 – Wed 2 Dec 2026, 01:00 JST", JstFormat.range(start, end, Locale.ENGLISH));
        assertEquals("2026年12月31日(木) 23:30〜2027年1月1日(金) 00:30 JST", JstFormat.range(
                Instant.parse("2026-12-31T14:30:00Z"), Instant.parse("2026-12-31T15:30:00Z"), Locale.JAPANESE));
    }

    @Test
    void otherLanguagesGetJapanese() {
        assertEquals("2026年12月1日(火) 14:00〜15:00 JST", JstFormat.range(START, END, Locale.FRENCH));
        assertEquals("2026年12月1日(火) 14:00〜15:00 JST", JstFormat.range(START, END, null));
    }
}
