package jp.medsec.lms.core.application.staff;

import jp.medsec.lms.core.domain.model.learner.JobCategory;
import jp.medsec.lms.core.text.CsvRows;
import jp.medsec.lms.core.text.UploadedText;
import jp.medsec.lms.core.text.UploadedText.Decoded;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a staff list. Columns by header, in Japanese or English: メールアドレス/email, 氏名/name, フリガナ/kana,
 * 職種/job, 部署/department (the last three optional). The encoding is found from the bytes: a UTF-8 BOM, else
 * valid UTF-8, else Shift_JIS (Windows-31J). Text is NFKC-normalised, so full-width letters, digits and "＠" that
 * Excel users type become plain ones. Every problem is reported with its line number. Decoding and line
 * numbering are {@link UploadedText} and {@link CsvRows}, shared with other imports.
 */
public final class StaffCsv {

    public static final int MAX_ROWS = 5_000;
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
        Decoded decoded = UploadedText.decode(bytes);
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (decoded.text().isBlank()) {
            return new Result(decoded.encoding(), rows, List.of(new Problem(1, null, "staff.csv.empty")));
        }
        // One record more than the limit tells a file that is too long from one that is just long enough.
        CsvRows.Parsed parsed = CsvRows.parse(decoded.text(), ',', MAX_ROWS + 2);
        List<CsvRows.Row> records = parsed.rows();
        if (!records.isEmpty()) {
            CsvRows.Row header = records.get(0);
            Map<String, Integer> columns = columns(header, problems);
            if (!problems.isEmpty()) {
                return new Result(decoded.encoding(), List.of(), problems);
            }
            for (CsvRows.Row record : records.subList(1, records.size())) {
                if (rows.size() + problems.size() >= MAX_ROWS) {
                    problems.add(new Problem(record.line(), null, "staff.csv.too-many-rows"));
                    break;
                }
                List<Problem> found = rowProblems(record, columns);
                if (found.isEmpty()) {
                    rows.add(row(record, columns));
                }
                problems.addAll(found);
            }
        }
        parsed.malformedAtLine().ifPresent(line -> problems.add(new Problem(line, null, "staff.csv.malformed")));
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(1, null, "staff.csv.empty"));
        }
        return new Result(decoded.encoding(), rows, problems);
    }

    private static Map<String, Integer> columns(CsvRows.Row header, List<Problem> problems) {
        Map<String, Integer> columns = CsvRows.columns(header.cells(), HEADERS);
        if (!columns.containsKey("email")) {
            problems.add(new Problem(header.line(), "email", "staff.csv.missing-column"));
        }
        if (!columns.containsKey("name")) {
            problems.add(new Problem(header.line(), "name", "staff.csv.missing-column"));
        }
        return columns;
    }

    private static Row row(CsvRows.Row record, Map<String, Integer> columns) {
        String job = record.cell(columns, "job");
        return new Row(record.line(), record.cell(columns, "email").toLowerCase(Locale.ROOT), record.cell(columns, "name"),
                record.cell(columns, "kana"), job == null ? JobCategory.OTHER : job(job).orElseThrow(),
                record.cell(columns, "department"));
    }

    private static List<Problem> rowProblems(CsvRows.Row record, Map<String, Integer> columns) {
        int line = record.line();
        List<Problem> problems = new ArrayList<>();
        String email = record.cell(columns, "email");
        if (email == null) {
            problems.add(new Problem(line, "email", "staff.csv.required"));
        } else if (!EMAIL.matcher(email).matches() || email.length() > 254) {
            problems.add(new Problem(line, "email", "staff.csv.bad-email"));
        }
        String name = record.cell(columns, "name");
        if (name == null) {
            problems.add(new Problem(line, "name", "staff.csv.required"));
        } else if (name.length() > 100) {
            problems.add(new Problem(line, "name", "staff.csv.too-long"));
        }
        String kana = record.cell(columns, "kana");
        if (kana != null && kana.length() > 100) {
            problems.add(new Problem(line, "kana", "staff.csv.too-long"));
        }
        String job = record.cell(columns, "job");
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
}
