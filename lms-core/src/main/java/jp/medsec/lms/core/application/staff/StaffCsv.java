package jp.medsec.lms.core.application.staff;

import jp.medsec.lms.core.domain.model.learner.JobCategory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a staff list. Columns by header, in Japanese or English: メールアドレス/email, 氏名/name, フリガナ/kana,
 * 職種/job, 部署/department (the last three optional). The encoding is found from the bytes: a UTF-8 BOM, else
 * valid UTF-8, else Shift_JIS (Windows-31J). Text is NFKC-normalised, so full-width letters, digits and "＠" that
 * Excel users type become plain ones. Every problem is reported with its line number.
 */
public final class StaffCsv {

    public static final int MAX_ROWS = 5_000;
    static final Charset SHIFT_JIS = Charset.forName("windows-31j");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private static final Map<String, String> HEADERS = Map.ofEntries(
            Map.entry("メールアドレス", "email"), Map.entry("メール", "email"), Map.entry("email", "email"), Map.entry("e-mail", "email"),
            Map.entry("氏名", "name"), Map.entry("名前", "name"), Map.entry("name", "name"), Map.entry("fullname", "name"),
            Map.entry("フリガナ", "kana"), Map.entry("ふりがな", "kana"), Map.entry("kana", "kana"), Map.entry("fullnamekana", "kana"),
            Map.entry("職種", "job"), Map.entry("job", "job"), Map.entry("jobcategory", "job"),
            Map.entry("部署", "department"), Map.entry("所属部署", "department"), Map.entry("department", "department"));

    private static final Map<String, JobCategory> JOBS = Map.ofEntries(
            Map.entry("医師", JobCategory.DOCTOR), Map.entry("歯科医師", JobCategory.DOCTOR),
            Map.entry("看護師", JobCategory.NURSE), Map.entry("准看護師", JobCategory.NURSE), Map.entry("保健師", JobCategory.NURSE),
            Map.entry("助産師", JobCategory.NURSE), Map.entry("薬剤師", JobCategory.PHARMACIST),
            Map.entry("医療技術職", JobCategory.MEDICAL_TECHNICIAN), Map.entry("臨床検査技師", JobCategory.MEDICAL_TECHNICIAN),
            Map.entry("診療放射線技師", JobCategory.MEDICAL_TECHNICIAN), Map.entry("理学療法士", JobCategory.MEDICAL_TECHNICIAN),
            Map.entry("臨床工学技士", JobCategory.MEDICAL_TECHNICIAN),
            Map.entry("事務", JobCategory.CLERK), Map.entry("事務職員", JobCategory.CLERK), Map.entry("医療事務", JobCategory.CLERK),
            Map.entry("情報システム担当", JobCategory.IT_STAFF), Map.entry("情報システム", JobCategory.IT_STAFF),
            Map.entry("システム管理者", JobCategory.IT_STAFF),
            Map.entry("経営層", JobCategory.EXECUTIVE), Map.entry("経営者", JobCategory.EXECUTIVE), Map.entry("院長", JobCategory.EXECUTIVE),
            Map.entry("理事長", JobCategory.EXECUTIVE), Map.entry("事務長", JobCategory.EXECUTIVE), Map.entry("その他", JobCategory.OTHER));

    private StaffCsv() {
    }

    /** One data row as read: its line, and its values (department may be null). */
    public record Row(int line, String email, String fullName, String fullNameKana, JobCategory job, String department) {
    }

    /** A problem with the file or one of its rows: line 1 is the header. */
    public record Problem(int line, String field, String message) {
    }

    public record Result(String encoding, List<Row> rows, List<Problem> problems) {
    }

    public static Result read(byte[] bytes) {
        Decoded decoded = decode(bytes);
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (decoded.text().isBlank()) {
            return new Result(decoded.encoding(), rows, List.of(new Problem(1, null, "staff.csv.empty")));
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).setAllowMissingColumnNames(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(decoded.text()), format)) {
            Map<String, String> columns = columns(parser.getHeaderNames(), problems);
            if (!problems.isEmpty()) {
                return new Result(decoded.encoding(), List.of(), problems);
            }
            long previousEnd = 1;
            for (CSVRecord record : parser) {
                int line = (int) previousEnd + 1;
                previousEnd = parser.getCurrentLineNumber();
                if (rows.size() + problems.size() >= MAX_ROWS) {
                    problems.add(new Problem(line, null, "staff.csv.too-many-rows"));
                    break;
                }
                row(record, line, columns).ifPresentOrElse(rows::add, () -> { });
                problems.addAll(rowProblems(record, line, columns));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(new Problem(lineOf(e), null, "staff.csv.malformed"));
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(1, null, "staff.csv.empty"));
        }
        return new Result(decoded.encoding(), rows, problems);
    }

    private record Decoded(String text, String encoding) {
    }

    static Decoded decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8 (BOM)");
        }
        try {
            return new Decoded(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString(), "UTF-8");
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, SHIFT_JIS), "Shift_JIS");
        }
    }

    private static Map<String, String> columns(List<String> headers, List<Problem> problems) {
        Map<String, String> columns = new HashMap<>();
        for (String header : headers) {
            String key = HEADERS.get(normalise(header).replace(" ", "").toLowerCase(Locale.ROOT));
            if (key != null) {
                columns.putIfAbsent(key, header);
            }
        }
        if (!columns.containsKey("email")) {
            problems.add(new Problem(1, "email", "staff.csv.missing-column"));
        }
        if (!columns.containsKey("name")) {
            problems.add(new Problem(1, "name", "staff.csv.missing-column"));
        }
        return columns;
    }

    private static String value(CSVRecord record, Map<String, String> columns, String key) {
        String header = columns.get(key);
        if (header == null || !record.isMapped(header) || !record.isSet(header)) {
            return null;
        }
        String v = normalise(record.get(header)).strip();
        return v.isEmpty() ? null : v;
    }

    private static Optional<Row> row(CSVRecord record, int line, Map<String, String> columns) {
        if (!rowProblems(record, line, columns).isEmpty()) {
            return Optional.empty();
        }
        String job = value(record, columns, "job");
        return Optional.of(new Row(line, value(record, columns, "email").toLowerCase(Locale.ROOT), value(record, columns, "name"),
                value(record, columns, "kana"), job == null ? JobCategory.OTHER : job(job).orElseThrow(),
                value(record, columns, "department")));
    }

    private static List<Problem> rowProblems(CSVRecord record, int line, Map<String, String> columns) {
        List<Problem> problems = new ArrayList<>();
        String email = value(record, columns, "email");
        if (email == null) {
            problems.add(new Problem(line, "email", "staff.csv.required"));
        } else if (!EMAIL.matcher(email).matches() || email.length() > 254) {
            problems.add(new Problem(line, "email", "staff.csv.bad-email"));
        }
        String name = value(record, columns, "name");
        if (name == null) {
            problems.add(new Problem(line, "name", "staff.csv.required"));
        } else if (name.length() > 100) {
            problems.add(new Problem(line, "name", "staff.csv.too-long"));
        }
        String kana = value(record, columns, "kana");
        if (kana != null && kana.length() > 100) {
            problems.add(new Problem(line, "kana", "staff.csv.too-long"));
        }
        String job = value(record, columns, "job");
        if (job != null && job(job).isEmpty()) {
            problems.add(new Problem(line, "job", "staff.csv.bad-job"));
        }
        return problems;
    }

    static Optional<JobCategory> job(String text) {
        JobCategory byLabel = JOBS.get(text);
        if (byLabel != null) {
            return Optional.of(byLabel);
        }
        try {
            return Optional.of(JobCategory.valueOf(text.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    /** commons-csv names the line in its message ("(line 7)"); 0 when it does not. */
    private static int lineOf(Exception e) {
        var m = Pattern.compile("line (\\d+)").matcher(String.valueOf(e.getMessage()));
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
