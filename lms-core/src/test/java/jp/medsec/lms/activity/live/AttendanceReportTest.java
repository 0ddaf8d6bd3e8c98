package jp.medsec.lms.activity.live;

import jp.medsec.lms.activity.live.AttendanceReport.Attendee;
import jp.medsec.lms.activity.live.AttendanceReport.Problem;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttendanceReportTest {

    /** The session: 2026-12-01 14:00 to 15:00 JST. */
    private static final Instant START = Instant.parse("2026-12-01T05:00:00Z");
    private static final Instant END = Instant.parse("2026-12-01T06:00:00Z");
    private static final Set<String> REGISTERED = Set.of("hanako@hospital-a.example.jp", "Taro@Hospital-A.example.jp",
            "jiro@hospital-b.example.jp", "saburo@hospital-b.example.jp", "shiro@hospital-a.example.jp",
            "ichiro@hospital-c.example.jp");

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = AttendanceReportTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    private static Map<String, Integer> minutes(List<Attendee> attendees) {
        return attendees.stream().collect(Collectors.toMap(Attendee::email, Attendee::minutes));
    }

    private static AttendanceReport.Result read(String csv) {
        return AttendanceReport.read(csv.getBytes(StandardCharsets.UTF_8), START, END);
    }

    @Test
    void aZoomReportInShiftJisWithItsMeetingSummaryOnTop() throws IOException {
        var result = AttendanceReport.read(resource("zoom-participants-sjis.csv"), START, END);
        assertEquals("Shift_JIS", result.encoding());
        assertEquals(Map.of(
                "host@medsec.example.jp", 60,              // in the room 13:50-15:04: only the session's hour counts
                "hanako@hospital-a.example.jp", 60,        // joined early, left late
                "taro@hospital-a.example.jp", 48,          // PC then iPhone, overlapping 30 s: 14:02:10-14:50:45
                "jiro@hospital-b.example.jp", 44,          // 44 min 59 s (full-width address normalised)
                "ichiro.private@mail.example.com", 59), minutes(result.attendees()));
        assertEquals(List.of(new Problem(10, "email", "live.attendance.no-email"),
                new Problem(12, "leave", "live.attendance.bad-time")), result.problems());
        var taro = result.attendees().stream().filter(a -> a.email().startsWith("taro")).findFirst().orElseThrow();
        assertEquals("事務 太郎", taro.name());
        assertEquals(List.of(7, 8), taro.lines());
        assertEquals(Duration.ofMinutes(48).plusSeconds(35), taro.attended());
    }

    @Test
    void theDryRunSplitsMatchedUnmatchedAndAbsentLearners() throws IOException {
        var dryRun = AttendanceReport.read(resource("zoom-participants-sjis.csv"), START, END).match(REGISTERED);
        assertEquals(Map.of("hanako@hospital-a.example.jp", 60, "taro@hospital-a.example.jp", 48,
                "jiro@hospital-b.example.jp", 44), minutes(dryRun.matched()));
        assertEquals(List.of("host@medsec.example.jp", "ichiro.private@mail.example.com"),
                dryRun.unmatched().stream().map(Attendee::email).toList());
        assertEquals(List.of("ichiro@hospital-c.example.jp", "saburo@hospital-b.example.jp", "shiro@hospital-a.example.jp"),
                dryRun.registeredWithoutAttendance(), "saburo's only row had a problem, so he shows as absent too");
        assertEquals(2, dryRun.problems().size());
        assertEquals("10行目: メールアドレスがありません(ゲスト参加など)。受講者と照合できないため、必要なら手で参加時間を入力してください。",
                dryRun.problems().get(0).message(Locale.JAPANESE));
        assertEquals("Line 12: The time cannot be read (such as 2026/12/01 14:02:10).",
                dryRun.problems().get(1).message(Locale.ENGLISH));
    }

    @Test
    void aTeamsReportInUtf8WithBomWithSectionsAndUsTimes() throws IOException {
        var result = AttendanceReport.read(resource("teams-attendance-utf8-bom.csv"), START, END);
        assertEquals("UTF-8 (BOM)", result.encoding());
        assertEquals(List.of(), result.problems());
        assertEquals(Map.of(
                "host@medsec.example.jp", 60,
                "hanako@hospital-a.example.jp", 60,
                "taro@hospital-a.example.jp", 48,          // from the per-join rows, not "2. Participants"
                "jiro@hospital-b.example.jp", 45), minutes(result.attendees()), "no leave time: join + 45m");
        assertEquals("Hanako Kango", result.attendees().get(1).name());
        assertEquals(List.of(19), result.attendees().get(1).lines(), "the row in \"3. In-Meeting Activities\"");
    }

    @Test
    void aTabSeparatedUtf16ExportIsReadToo() {
        String tsv = "Name\tEmail\tJoin time\tLeave time\n花子\thanako@hospital-a.example.jp\t2026/12/01 14:00\t2026/12/01 14:50\n";
        byte[] body = tsv.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        var result = AttendanceReport.read(bytes, START, END);
        assertEquals(Map.of("hanako@hospital-a.example.jp", 50), minutes(result.attendees()));
    }

    @Test
    void rowsOfOnePersonAreMergedSoOverlapsCountOnce() {
        var result = read("""
                名前,メールアドレス,参加時刻,退出時刻
                花子,hanako@hospital-a.example.jp,2026/12/01 14:00:00,2026/12/01 14:30:00
                花子(スマホ),HANAKO@hospital-a.example.jp,2026/12/01 14:10:00,2026/12/01 14:20:00
                花子,hanako@hospital-a.example.jp,2026/12/01 14:25:00,2026/12/01 14:40:00
                花子,hanako@hospital-a.example.jp,2026/12/01 14:50:00,2026/12/01 14:55:00
                """);
        assertEquals(Map.of("hanako@hospital-a.example.jp", 45), minutes(result.attendees()), "14:00-14:40 and 14:50-14:55");
        assertEquals(List.of(2, 3, 4, 5), result.attendees().get(0).lines());
    }

    @Test
    void timeOutsideTheSessionIsNotCreditedAndARowWhollyOutsideIsFlagged() {
        var result = read("""
                Name,Email,Join time,Leave time,Duration (minutes)
                Early,early@a.example.jp,2026/12/01 13:00:00,2026/12/01 14:10:00,70
                Test,test@a.example.jp,2026/11/30 14:00:00,2026/11/30 15:00:00,60
                """);
        assertEquals(Map.of("early@a.example.jp", 10, "test@a.example.jp", 0), minutes(result.attendees()));
        assertEquals(List.of(new Problem(3, "join", "live.attendance.outside-session")), result.problems());
    }

    @Test
    void everyBadRowIsReportedByLineAndLeftOut() {
        var result = read("""
                名前,メールアドレス,参加時刻,退出時刻,時間(分)
                良い,ok@a.example.jp,2026/12/01 14:00:00,2026/12/01 14:45:00,45
                悪いアドレス,not-an-address,2026/12/01 14:00:00,2026/12/01 14:45:00,45
                参加時刻なし,x@a.example.jp,,2026/12/01 14:45:00,45
                逆転,y@a.example.jp,2026/12/01 14:45:00,2026/12/01 14:00:00,45
                時間だけ,z@a.example.jp,2026/12/01 14:00:00,,約45分
                何もなし,w@a.example.jp,2026/12/01 14:00:00,,
                2月30日,v@a.example.jp,2026/02/30 14:00:00,2026/12/01 14:45:00,45
                """);
        assertEquals(Map.of("ok@a.example.jp", 45), minutes(result.attendees()));
        assertEquals(List.of(
                new Problem(3, "email", "live.attendance.bad-email"),
                new Problem(4, "join", "live.attendance.no-join"),
                new Problem(5, "leave", "live.attendance.leave-before-join"),
                new Problem(6, "minutes", "live.attendance.bad-duration"),
                new Problem(7, "leave", "live.attendance.no-leave"),
                new Problem(8, "join", "live.attendance.bad-time")), result.problems());
    }

    @Test
    void aFileWithoutAParticipantTableSaysWhichColumnsAreNeeded() {
        var noTable = read("氏名,部署\n花子,看護部\n");
        assertEquals(List.of(new Problem(1, null, "live.attendance.no-header")), noTable.problems());
        assertTrue(noTable.problems().get(0).message(Locale.ENGLISH).contains("e-mail address, the join time"));
        assertEquals(List.of(new Problem(1, null, "live.attendance.empty")), read("").problems());
        assertEquals(List.of(new Problem(1, null, "live.attendance.empty")),
                read("Name,Email,Join time,Leave time\n").problems());
        var broken = read("Name,Email,Join time,Leave time\na,a@a.example.jp,2026/12/01 14:00,2026/12/01 14:30\n\"b,b@x\n");
        assertEquals(Map.of("a@a.example.jp", 30), minutes(broken.attendees()));
        assertEquals("live.attendance.malformed", broken.problems().get(0).code());
    }

    @Test
    void timesAreJapanTimeInTheFormsMeetingToolsWrite() {
        Instant twoPm = Instant.parse("2026-12-01T05:00:00Z");
        for (String text : new String[] {"2026/12/01 14:00:00", "2026/12/1 14:00", "２０２６/１２/０１ １４:００:００",
                "2026-12-01 14:00:00", "2026-12-01T14:00:00", "12/1/2026 2:00:00 PM", "12/1/26, 2:00 PM", "12/01/2026 02:00:00 pm"}) {
            assertEquals(twoPm, AttendanceReport.time(text).orElseThrow(() -> new AssertionError(text)), text);
        }
        for (String text : new String[] {"01/12/2026 14:00", "2026/13/01 14:00", "14:00", "昨日"}) {
            assertTrue(AttendanceReport.time(text).isEmpty(), text);
        }
        assertEquals(Duration.ofMinutes(58), AttendanceReport.duration("58").orElseThrow());
        assertEquals(Duration.ofSeconds(3787), AttendanceReport.duration("1h 3m 7s").orElseThrow());
        assertEquals(Duration.ofSeconds(45 * 60 + 30), AttendanceReport.duration("45.5").orElseThrow());
    }

    @Test
    void aSessionMustEndAfterItStarts() {
        assertThrows(IllegalArgumentException.class, () -> AttendanceReport.read(new byte[0], END, START));
    }

    @Test
    void theSameFileSavedByExcelInShiftJisGivesTheSameMinutes() {
        String csv = "名前,メールアドレス,参加時刻,退出時刻\n花子,hanako@a.example.jp,2026/12/01 14:00,2026/12/01 14:46\n";
        var sjis = AttendanceReport.read(csv.getBytes(Charset.forName("windows-31j")), START, END);
        assertEquals("Shift_JIS", sjis.encoding());
        assertEquals(minutes(read(csv).attendees()), minutes(sjis.attendees()));
    }
}
