package jp.medsec.lms.activity.live;

import jp.medsec.lms.activity.live.ICalendar.Event;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ICalendarTest {

    private static final Instant STAMP = Instant.parse("2026-11-23T05:00:00Z");
    private static final Instant START = Instant.parse("2026-12-01T05:00:00Z"); // 14:00 JST
    private static final Instant END = Instant.parse("2026-12-01T06:00:00Z");
    private static final String FIFTY_KANA_KANJI = "医療機関におけるサイバーセキュリティ対策研修ランサムウェア被害を想定した初動対応と事業継続計画の策定";

    private static Event event(String summary, boolean cancelled) {
        return new Event(ICalendar.uid("r1", "lms.example.jp"), START, END, summary, "持ち物: なし;\n備考: C:\\temp",
                "オンライン", URI.create("https://lms.example.jp/sessions/s1"), cancelled, 0);
    }

    @Test
    void aRegistrationBecomesAnEventAtTwoPmTokyoTimeByteForByte() {
        String expected = String.join("\r\n",
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//medsec-lms//Live sessions 1.0//JA",
                "CALSCALE:GREGORIAN",
                "METHOD:PUBLISH",
                "X-WR-CALNAME:ライブ講習",
                "X-WR-TIMEZONE:Asia/Tokyo",
                "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
                "X-PUBLISHED-TTL:PT1H",
                "BEGIN:VTIMEZONE",
                "TZID:Asia/Tokyo",
                "BEGIN:STANDARD",
                "DTSTART:19700101T000000",
                "TZOFFSETFROM:+0900",
                "TZOFFSETTO:+0900",
                "TZNAME:JST",
                "END:STANDARD",
                "END:VTIMEZONE",
                "BEGIN:VEVENT",
                "UID:registration-r1@lms.example.jp",
                "DTSTAMP:20261123T050000Z",
                "DTSTART;TZID=Asia/Tokyo:20261201T140000",
                "DTEND;TZID=Asia/Tokyo:20261201T150000",
                "SEQUENCE:0",
                "SUMMARY:第1回\\, 基礎編",
                "DESCRIPTION:持ち物: なし\\;\\n備考: C:\\\\temp",
                "LOCATION:オンライン",
                "URL:https://lms.example.jp/sessions/s1",
                "STATUS:CONFIRMED",
                "TRANSP:OPAQUE",
                "END:VEVENT",
                "END:VCALENDAR", "");
        assertEquals(expected, ICalendar.write("ライブ講習", List.of(event("第1回, 基礎編", false)), STAMP));
        assertTrue(new String(ICalendar.bytes("x", List.of(), STAMP), StandardCharsets.UTF_8).endsWith("END:VTIMEZONE\r\nEND:VCALENDAR\r\n"));
    }

    @Test
    void aCancelledSessionStaysInTheCalendarMarkedCancelledWithAHigherSequence() {
        var session = SessionSchedule.scheduled(START, END, STAMP.minusSeconds(86_400 * 30), START, 30).cancel();
        var event = Event.of(ICalendar.uid("r1", "lms.example.jp"), session, "第1回", null, null, null, 3);
        String ics = ICalendar.write("ライブ講習", List.of(event), STAMP);
        assertTrue(ics.contains("\r\nUID:registration-r1@lms.example.jp\r\n"), "the same UID, so the calendar updates the event");
        assertTrue(ics.contains("\r\nSEQUENCE:3\r\n"));
        assertTrue(ics.contains("\r\nSTATUS:CANCELLED\r\n"));
        assertTrue(!ics.contains("DESCRIPTION") && !ics.contains("LOCATION") && !ics.contains("URL:"), "optional lines are left out");
    }

    @Test
    void severalRegistrationsAreSeveralEventsInOneCalendar() {
        var second = new Event(ICalendar.uid("r2", "lms.example.jp"), START.plusSeconds(7 * 86_400), END.plusSeconds(7 * 86_400),
                "第2回", null, null, null, false, 1);
        String ics = ICalendar.write("ライブ講習", List.of(event("第1回", false), second), STAMP);
        assertEquals(2, ics.split("BEGIN:VEVENT", -1).length - 1);
        assertTrue(ics.contains("DTSTART;TZID=Asia/Tokyo:20261208T140000"));
        assertEquals(1, ics.split("BEGIN:VTIMEZONE", -1).length - 1, "one time zone for all events");
    }

    @Test
    void longJapaneseTextIsFoldedAt75OctetsBetweenCharactersByteForByte() {
        String folded = ICalendar.fold("SUMMARY:" + FIFTY_KANA_KANJI);
        // "SUMMARY:" is 8 octets, each character 3: 22 characters make 74, a 23rd would make 77.
        // A continuation line starts with a space: 1 + 24 × 3 = 73, a 25th would make 76.
        assertEquals("SUMMARY:医療機関におけるサイバーセキュリティ対策研修\r\n"
                + " ランサムウェア被害を想定した初動対応と事業継続計\r\n"
                + " 画の策定", folded);
        for (String line : folded.split("\r\n")) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            assertTrue(bytes.length <= 75, line + ": " + bytes.length);
            assertDoesNotThrow(() -> StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)), "no character split across lines");
        }
        assertEquals("SUMMARY:" + FIFTY_KANA_KANJI, folded.replace("\r\n ", ""), "unfolding gives the text back");
    }

    @Test
    void aFourByteCharacterMovesWholeToTheNextLine() {
        String line = "SUMMARY:" + "a".repeat(66) + "🏥";
        assertEquals("SUMMARY:" + "a".repeat(66) + "\r\n 🏥", ICalendar.fold(line));
        assertEquals("SUMMARY:" + "a".repeat(67), ICalendar.fold("SUMMARY:" + "a".repeat(67)), "exactly 75 octets stays");
    }

    @Test
    void foldedEventsInTheWholeFileKeepEveryLineWithin75Octets() {
        String ics = ICalendar.write("ライブ講習", List.of(event(FIFTY_KANA_KANJI + "、" + FIFTY_KANA_KANJI, false)), STAMP);
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        assertTrue(!ics.replace("\r\n", "").contains("\n") && !ics.replace("\r\n", "").contains("\r"), "only CRLF line ends");
    }

    @Test
    void textIsEscapedAsTheRfcSays() {
        assertEquals("a\\,b\\;c\\\\d\\ne\\nf\\ng", ICalendar.escape("a,b;c\\d\ne\r\nf\rg"));
        assertEquals("tab\tkept\\; bell gone", ICalendar.escape("tab\tkept; bell\u0007 gone"), "a control character is dropped");
    }

    @Test
    void uidsAndUrlsCannotCarryAnythingElse() {
        assertThrows(IllegalArgumentException.class, () -> ICalendar.uid("r1", "lms.example.jp\r\nX-EVIL:1"));
        assertThrows(IllegalArgumentException.class, () -> new Event("u", START, END, "s", null, null,
                URI.create("javascript:alert(1)"), false, 0));
        assertThrows(IllegalArgumentException.class, () -> new Event("u", END, START, "s", null, null, null, false, 0));
    }
}
