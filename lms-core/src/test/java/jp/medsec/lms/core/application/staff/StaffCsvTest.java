package jp.medsec.lms.core.application.staff;

import jp.medsec.lms.core.application.staff.StaffCsv.Problem;
import jp.medsec.lms.core.domain.model.learner.JobCategory;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StaffCsvTest {

    private static final String GOOD = """
            メールアドレス,氏名,フリガナ,職種,部署
            hanako@example.jp,看護 花子,カンゴ ハナコ,看護師,看護部
            taro@example.jp,事務 太郎,ジム タロウ,医療事務,
            """;

    @Test
    void readsExcelsShiftJis() {
        var result = StaffCsv.read(GOOD.getBytes(Charset.forName("windows-31j")));
        assertEquals("Shift_JIS", result.encoding());
        assertEquals(List.of(), result.problems());
        assertEquals("看護 花子", result.rows().get(0).fullName());
        assertEquals(JobCategory.NURSE, result.rows().get(0).job());
        assertEquals("看護部", result.rows().get(0).department());
        assertEquals(JobCategory.CLERK, result.rows().get(1).job());
        assertEquals(null, result.rows().get(1).department());
    }

    @Test
    void readsUtf8WithAndWithoutBom() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = GOOD.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(text, 0, withBom, 3, text.length);
        assertEquals("UTF-8 (BOM)", StaffCsv.read(withBom).encoding());
        assertEquals("hanako@example.jp", StaffCsv.read(withBom).rows().get(0).email(), "the BOM is not part of the header");
        assertEquals("UTF-8", StaffCsv.read(text).encoding());
        assertEquals(2, StaffCsv.read(text).rows().size());
    }

    @Test
    void fullWidthInputAndEnglishHeadersAreAccepted() {
        String csv = "Email,Name,Job\nＨＡＮＡＫＯ＠ＥＸＡＭＰＬＥ．ＪＰ,看護 花子,NURSE\n";
        var row = StaffCsv.read(csv.getBytes(StandardCharsets.UTF_8)).rows().get(0);
        assertEquals("hanako@example.jp", row.email());
        assertEquals(JobCategory.NURSE, row.job());
    }

    @Test
    void everyBadRowIsReportedByLine() {
        String csv = """
                メールアドレス,氏名,職種
                ok@example.jp,良い 行,医師
                not-an-email,悪い 行,看護師
                ,名前だけ,
                x@example.jp,,パイロット
                """;
        var result = StaffCsv.read(csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(new Problem(3, "email", "staff.csv.bad-email"), new Problem(4, "email", "staff.csv.required"),
                new Problem(5, "name", "staff.csv.required"), new Problem(5, "job", "staff.csv.bad-job")), result.problems());
        assertEquals(1, result.rows().size());
    }

    @Test
    void aMissingColumnOrAnUnclosedQuoteIsReportedNotThrown() {
        var noName = StaffCsv.read("email\nx@example.jp\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(new Problem(1, "name", "staff.csv.missing-column")), noName.problems());
        var broken = StaffCsv.read("email,name\na@example.jp,ok\n\"b@example.jp,broken\nc@example.jp,x\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(broken.problems().stream().anyMatch(p -> p.message().equals("staff.csv.malformed")), broken.problems().toString());
        assertEquals(List.of(new Problem(1, null, "staff.csv.empty")), StaffCsv.read(new byte[0]).problems());
    }
}
