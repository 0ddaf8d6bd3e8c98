package jp.medsec.lms.core.text;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The records of a CSV (or tab-separated) text, each with the line it starts on, so an import can name the line
 * of every problem as the user sees it in a text editor (line 1 is the first line of the file; a quoted value
 * spanning lines moves later records down). Blank lines are skipped but still counted. A malformed file (an
 * unclosed quote) gives the records before it and the line where reading stopped, never an exception.
 */
public final class CsvRows {

    private static final Pattern LINE_IN_MESSAGE = Pattern.compile("line (\\d+)");

    private CsvRows() {
    }

    /** One record: its first line and its cells, trimmed. */
    public record Row(int line, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        /** The cell at {@code index}, NFKC-normalised and stripped; null when absent or empty. */
        public String cell(int index) {
            if (index < 0 || index >= cells.size()) {
                return null;
            }
            String value = UploadedText.normalise(cells.get(index)).strip();
            return value.isEmpty() ? null : value;
        }

        /** The cell of a column found by {@link #columns}; null when the column is missing or the cell empty. */
        public String cell(Map<String, Integer> columns, String key) {
            Integer index = columns.get(key);
            return index == null ? null : cell(index);
        }

        boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** The rows read (at most the limit asked for) and, when reading stopped at a syntax error, its line. */
    public record Parsed(List<Row> rows, OptionalInt malformedAtLine) {

        public Parsed {
            rows = List.copyOf(rows);
        }
    }

    /**
     * Reads up to {@code limit} non-blank records. Records may have different numbers of cells (meeting tools put a
     * summary section above the table), so no header is assumed: see {@link #columns}.
     */
    public static Parsed parse(String text, char delimiter, int limit) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrim(true)
                .setIgnoreEmptyLines(false).get();
        List<Row> rows = new ArrayList<>();
        long previousEnd = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                // The parser counts line breaks consumed: the record began on the line after the previous one ended.
                int line = (int) previousEnd + 1;
                previousEnd = parser.getCurrentLineNumber();
                Row row = new Row(line, record.toList());
                if (row.blank()) {
                    continue;
                }
                if (rows.size() >= limit) {
                    break;
                }
                rows.add(row);
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            return new Parsed(rows, OptionalInt.of(lineOf(e, (int) previousEnd + 1)));
        }
        return new Parsed(rows, OptionalInt.empty());
    }

    /**
     * Finds columns by their header text: each header cell is NFKC-normalised, spaces removed and lower-cased, then
     * looked up in {@code aliases} (such as "メールアドレス" and "email" both meaning {@code email}). Answers the index
     * of each key's first column; keys without a column are absent.
     */
    public static Map<String, Integer> columns(List<String> headerCells, Map<String, String> aliases) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < headerCells.size(); i++) {
            String key = aliases.get(headerKey(headerCells.get(i)));
            if (key != null) {
                columns.putIfAbsent(key, i);
            }
        }
        return columns;
    }

    /** The form a header cell is compared in: "Join Time" and "ｊｏｉｎｔｉｍｅ" both become "jointime". */
    public static String headerKey(String header) {
        return UploadedText.normalise(header).replace(" ", "").toLowerCase(Locale.ROOT);
    }

    /** commons-csv names the line in its message ("(line 7)"); otherwise the line after the last good record. */
    private static int lineOf(Exception e, int fallback) {
        Matcher m = LINE_IN_MESSAGE.matcher(String.valueOf(e.getMessage()));
        return m.find() ? Integer.parseInt(m.group(1)) : fallback;
    }
}
