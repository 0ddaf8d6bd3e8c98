package jp.medsec.lms.activity.live;

import jp.medsec.lms.activity.Messages;
import jp.medsec.lms.core.text.CsvRows;
import jp.medsec.lms.core.text.UploadedText;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a meeting tool's participant report (Zoom's 参加者レポート, Teams' attendance report) into minutes attended
 * per e-mail address, for one session.
 * <ul>
 *   <li>Encoding from the bytes (UTF-8 with or without BOM, UTF-16 with BOM, else Shift_JIS), comma- or
 *       tab-separated, as {@link UploadedText} and {@link CsvRows} read every upload.</li>
 *   <li>The table is found by its header, wherever it is: lines above it (Zoom's meeting summary, Teams'
 *       "1. Summary" and "2. Participants" sections) are skipped. Columns are found by name in Japanese or English:
 *       名前 / Name, メールアドレス・メール / Email, 参加時刻 / Join time, 退出時刻 / Leave time,
 *       時間(分)・期間(分) / Duration (minutes). The e-mail and join time are required, and the leave time or the
 *       duration (used when a row has no leave time).</li>
 *   <li>Times are Japan time without a zone, as the tools write them for a Japanese account
 *       ({@code 2026/12/01 14:02:10}); US-style {@code 12/1/2026 2:02:10 PM} is read too (a 12-hour clock with AM/PM
 *       only: a day/month order without it would be ambiguous).</li>
 *   <li>One person often has several rows (their connection dropped, they rejoined from a phone). Their time is the
 *       union of their rows clipped to the session's start and end, so overlapping rows count once and time in the
 *       room before the start or after the end counts nothing. Whole minutes, rounded down.</li>
 * </ul>
 * Every problem is reported with its line; rows with problems are left out of the minutes. {@link Result#match}
 * gives the dry run an administrator checks before the import is applied.
 */
public final class AttendanceReport {

    public static final int MAX_ROWS = 20_000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern TEAMS_DURATION = Pattern.compile("(?:(\\d+)h)?\\s*(?:(\\d+)m)?\\s*(?:(\\d+)s)?");
    private static final Messages MESSAGES = Messages.of(AttendanceReport.class);

    private static final Map<String, String> HEADERS = Map.ofEntries(
            Map.entry("名前", "name"), Map.entry("氏名", "name"), Map.entry("名前(元の名前)", "name"), Map.entry("参加者", "name"),
            Map.entry("表示名", "name"), Map.entry("name", "name"), Map.entry("name(originalname)", "name"),
            Map.entry("fullname", "name"), Map.entry("participant", "name"),
            Map.entry("メールアドレス", "email"), Map.entry("メール", "email"), Map.entry("ユーザーメール", "email"),
            Map.entry("email", "email"), Map.entry("e-mail", "email"), Map.entry("useremail", "email"),
            Map.entry("emailaddress", "email"),
            Map.entry("参加時刻", "join"), Map.entry("入室時刻", "join"), Map.entry("参加日時", "join"),
            Map.entry("jointime", "join"), Map.entry("joined", "join"),
            Map.entry("退出時刻", "leave"), Map.entry("退室時刻", "leave"), Map.entry("退出日時", "leave"),
            Map.entry("leavetime", "leave"), Map.entry("left", "leave"),
            Map.entry("時間(分)", "minutes"), Map.entry("期間(分)", "minutes"), Map.entry("参加時間(分)", "minutes"),
            Map.entry("継続時間(分)", "minutes"), Map.entry("duration(minutes)", "minutes"), Map.entry("duration", "minutes"),
            Map.entry("in-meetingduration", "minutes"));

    private static final List<DateTimeFormatter> TIME_FORMATS = List.of(
            pattern("uuuu/M/d H:mm[:ss]"), pattern("uuuu-M-d H:mm[:ss]"), pattern("uuuu-M-d'T'H:mm[:ss]"),
            pattern("M/d/uuuu[,] h:mm[:ss] a"), pattern("M/d/uu[,] h:mm[:ss] a"));

    private AttendanceReport() {
    }

    private static DateTimeFormatter pattern(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .parseDefaulting(ChronoField.SECOND_OF_MINUTE, 0).toFormatter(Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    /** A problem on a line (1 is the file's first) and column (null for the whole line or file). */
    public record Problem(int line, String field, String code) {

        /** "5行目: ..." / "Line 5: ...", for the administrator. */
        public String message(Locale locale) {
            String text = MESSAGES.text(locale, code);
            return line > 0 ? MESSAGES.text(locale, "live.attendance.at-line", line, text) : text;
        }
    }

    /** One person's attendance: the address as matched (lower case), a name from the report, time, and their lines. */
    public record Attendee(String email, String name, Duration attended, List<Integer> lines) {

        public Attendee {
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(attended, "attended");
            lines = List.copyOf(lines);
        }

        /** Whole minutes attended, rounded down: 44 min 59 s is 44, short of a 45-minute requirement. */
        public int minutes() {
            return (int) attended.toMinutes();
        }
    }

    /** The report read: the encoding found, attendees by e-mail (in order of first appearance), and every problem. */
    public record Result(String encoding, List<Attendee> attendees, List<Problem> problems) {

        public Result {
            attendees = List.copyOf(attendees);
            problems = List.copyOf(problems);
        }

        /**
         * The dry run: attendees whose address is registered on the session (to be credited), those whose address is
         * not (someone who joined with a private address, to be matched by hand), and registered addresses with no
         * row (absent, or joined under another address). Addresses are compared ignoring case and width.
         */
        public DryRun match(Collection<String> registeredEmails) {
            Set<String> registered = registeredEmails.stream().map(AttendanceReport::normaliseEmail)
                    .collect(Collectors.toCollection(TreeSet::new));
            List<Attendee> matched = attendees.stream().filter(a -> registered.contains(a.email())).toList();
            List<Attendee> unmatched = attendees.stream().filter(a -> !registered.contains(a.email())).toList();
            Set<String> present = attendees.stream().map(Attendee::email).collect(Collectors.toSet());
            List<String> absent = registered.stream().filter(e -> !present.contains(e)).toList();
            return new DryRun(matched, unmatched, absent, problems);
        }
    }

    /** What an import would do, for the administrator to confirm: see {@link Result#match}. */
    public record DryRun(List<Attendee> matched, List<Attendee> unmatched, List<String> registeredWithoutAttendance,
                         List<Problem> problems) {

        public DryRun {
            matched = List.copyOf(matched);
            unmatched = List.copyOf(unmatched);
            registeredWithoutAttendance = List.copyOf(registeredWithoutAttendance);
            problems = List.copyOf(problems);
        }
    }

    /** Reads a report of the session that ran from {@code sessionStart} to {@code sessionEnd}. */
    public static Result read(byte[] bytes, Instant sessionStart, Instant sessionEnd) {
        if (!sessionEnd.isAfter(sessionStart)) {
            throw new IllegalArgumentException("A session must end after it starts");
        }
        UploadedText.Decoded decoded = UploadedText.decode(bytes);
        if (decoded.text().isBlank()) {
            return new Result(decoded.encoding(), List.of(), List.of(new Problem(1, null, "live.attendance.empty")));
        }
        Table table = table(decoded.text(), ',');
        if (table == null) {
            table = table(decoded.text(), '\t');
        }
        if (table == null) {
            return new Result(decoded.encoding(), List.of(), List.of(new Problem(1, null, "live.attendance.no-header")));
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, Person> people = new LinkedHashMap<>();
        for (CsvRows.Row row : table.rows()) {
            if (people.size() + problems.size() >= MAX_ROWS) {
                problems.add(new Problem(row.line(), null, "live.attendance.too-many-rows"));
                break;
            }
            read(row, table.columns(), sessionStart, sessionEnd, problems, people);
        }
        table.malformedAtLine().ifPresent(line -> problems.add(new Problem(line, null, "live.attendance.malformed")));
        List<Attendee> attendees = people.values().stream().map(Person::attendee).toList();
        if (attendees.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(1, null, "live.attendance.empty"));
        }
        return new Result(decoded.encoding(), attendees, problems);
    }

    private record Table(Map<String, Integer> columns, List<CsvRows.Row> rows, OptionalInt malformedAtLine) {
    }

    /** The table under the first row that names an e-mail and a join-time column, or null when there is none. */
    private static Table table(String text, char delimiter) {
        CsvRows.Parsed parsed = CsvRows.parse(text, delimiter, MAX_ROWS + 100);
        List<CsvRows.Row> rows = parsed.rows();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Integer> columns = CsvRows.columns(rows.get(i).cells(), HEADERS);
            if (columns.containsKey("email") && columns.containsKey("join")
                    && (columns.containsKey("leave") || columns.containsKey("minutes"))) {
                return new Table(columns, rows.subList(i + 1, rows.size()), parsed.malformedAtLine());
            }
        }
        return null;
    }

    private static void read(CsvRows.Row row, Map<String, Integer> columns, Instant start, Instant end,
                             List<Problem> problems, Map<String, Person> people) {
        String email = row.cell(columns, "email");
        String joinText = row.cell(columns, "join");
        String leaveText = row.cell(columns, "leave");
        String minutesText = row.cell(columns, "minutes");
        if (email == null && joinText == null && leaveText == null && minutesText == null) {
            return; // a section title or a summary line below the table: nothing to credit
        }
        int line = row.line();
        int before = problems.size();
        if (email == null) {
            problems.add(new Problem(line, "email", "live.attendance.no-email"));
        } else if (!EMAIL.matcher(email).matches()) {
            problems.add(new Problem(line, "email", "live.attendance.bad-email"));
        }
        Optional<Instant> join = joinText == null ? Optional.empty() : time(joinText);
        if (join.isEmpty()) {
            problems.add(new Problem(line, "join", joinText == null ? "live.attendance.no-join" : "live.attendance.bad-time"));
        }
        Optional<Instant> leave = Optional.empty();
        if (leaveText != null) {
            leave = time(leaveText);
            if (leave.isEmpty()) {
                problems.add(new Problem(line, "leave", "live.attendance.bad-time"));
            }
        } else if (minutesText != null) {
            Optional<Duration> minutes = duration(minutesText);
            if (minutes.isEmpty()) {
                problems.add(new Problem(line, "minutes", "live.attendance.bad-duration"));
            } else if (join.isPresent()) {
                leave = Optional.of(join.get().plus(minutes.get()));
            }
        } else {
            problems.add(new Problem(line, "leave", "live.attendance.no-leave"));
        }
        if (join.isPresent() && leave.isPresent() && leave.get().isBefore(join.get())) {
            problems.add(new Problem(line, "leave", "live.attendance.leave-before-join"));
        }
        if (problems.size() > before) {
            return;
        }
        Instant from = join.get().isBefore(start) ? start : join.get();
        Instant to = leave.get().isAfter(end) ? end : leave.get();
        if (!to.isAfter(from)) {
            // Usually the report of another session, or times in another zone: worth a look before importing.
            problems.add(new Problem(line, "join", "live.attendance.outside-session"));
        }
        String key = normaliseEmail(email);
        Person person = people.computeIfAbsent(key, k -> new Person(k, row.cell(columns, "name")));
        person.lines.add(line);
        if (to.isAfter(from)) {
            person.stays.add(new Instant[] {from, to});
        }
    }

    /** A time in Japan time, in one of the forms meeting tools write. */
    static Optional<Instant> time(String text) {
        String t = UploadedText.normalise(text).strip().replaceAll("\\s+", " ");
        for (DateTimeFormatter format : TIME_FORMATS) {
            try {
                return Optional.of(LocalDateTime.parse(t, format).atZone(JstFormat.TOKYO).toInstant());
            } catch (DateTimeException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    /** Minutes ("58", "58.5") as Zoom writes them, or "1h 2m 3s" / "58m 12s" as Teams does. */
    static Optional<Duration> duration(String text) {
        String t = UploadedText.normalise(text).strip();
        if (t.matches("\\d{1,5}(\\.\\d+)?")) {
            return Optional.of(Duration.ofMillis(Math.round(Double.parseDouble(t) * 60_000)));
        }
        Matcher m = TEAMS_DURATION.matcher(t);
        if (!t.isEmpty() && m.matches()) {
            long seconds = 0;
            seconds += m.group(1) == null ? 0 : Long.parseLong(m.group(1)) * 3600;
            seconds += m.group(2) == null ? 0 : Long.parseLong(m.group(2)) * 60;
            seconds += m.group(3) == null ? 0 : Long.parseLong(m.group(3));
            return Optional.of(Duration.ofSeconds(seconds));
        }
        return Optional.empty();
    }

    public static String normaliseEmail(String email) {
        return UploadedText.normalise(email).strip().toLowerCase(Locale.ROOT);
    }

    /** One person's rows while reading: their stays in the room, clipped to the session. */
    private static final class Person {

        private final String email;
        private final String name;
        private final List<Instant[]> stays = new ArrayList<>();
        private final List<Integer> lines = new ArrayList<>();

        Person(String email, String name) {
            this.email = email;
            this.name = name;
        }

        /** The union of the stays: sorted by start, each stretch counted from where the previous one ended. */
        Attendee attendee() {
            stays.sort(Comparator.comparing(s -> s[0]));
            Duration total = Duration.ZERO;
            Instant covered = Instant.MIN;
            for (Instant[] stay : stays) {
                Instant from = stay[0].isAfter(covered) ? stay[0] : covered;
                if (stay[1].isAfter(from)) {
                    total = total.plus(Duration.between(from, stay[1]));
                    covered = stay[1];
                }
            }
            return new Attendee(email, name, total, lines);
        }
    }
}
