package jp.medsec.lms.core.text;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CsvRowsTest {

    @Test
    void rowsCarryTheLineAUserSeesInAnEditorEvenAfterBlankLinesAndMultiLineValues() {
        String text = "名前,メモ\n\n花子,\"一行目\n二行目\"\n太郎,x\n";
        var parsed = CsvRows.parse(text, ',', 100);
        assertEquals(List.of(1, 3, 5), parsed.rows().stream().map(CsvRows.Row::line).toList());
        assertEquals("一行目\n二行目", parsed.rows().get(1).cell(1));
        assertEquals(OptionalInt.empty(), parsed.malformedAtLine());
    }

    @Test
    void anUnclosedQuoteStopsReadingAndNamesALineInsteadOfThrowing() {
        var parsed = CsvRows.parse("a,b\n1,2\n\"3,4\n5,6\n", ',', 100);
        assertEquals(2, parsed.rows().size());
        assertEquals(true, parsed.malformedAtLine().isPresent());
    }

    @Test
    void tabSeparatedTextAndALimit() {
        var parsed = CsvRows.parse("a\tb\n1\t2\n3\t4\n", '\t', 2);
        assertEquals(List.of(List.of("a", "b"), List.of("1", "2")), parsed.rows().stream().map(CsvRows.Row::cells).toList());
    }

    @Test
    void columnsAreFoundByAliasWhateverTheWidthCaseOrSpacingAndTheFirstWins() {
        var columns = CsvRows.columns(List.of("Ｊｏｉｎ Ｔｉｍｅ", "時間（分）", "Email", "E-mail"),
                Map.of("jointime", "join", "時間(分)", "minutes", "email", "email", "e-mail", "email"));
        assertEquals(Map.of("join", 0, "minutes", 1, "email", 2), columns);
    }

    @Test
    void cellsAreNormalisedAndEmptyOnesAreNull() {
        var row = new CsvRows.Row(2, List.of("  ＡＢＣ ", "", "x"));
        assertEquals("ABC", row.cell(0));
        assertNull(row.cell(1));
        assertNull(row.cell(7));
        assertNull(row.cell(Map.of(), "email"));
    }
}
