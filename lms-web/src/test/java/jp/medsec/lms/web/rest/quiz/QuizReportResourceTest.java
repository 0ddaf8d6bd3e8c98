package jp.medsec.lms.web.rest.quiz;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QuizReportResourceTest {

    @Test
    void csvCellsAreQuotedAndNeverStartAFormula() {
        assertEquals("\"看護 花子\"", QuizReportResource.cell("看護 花子"));
        assertEquals("\"say \"\"hi\"\"\"", QuizReportResource.cell("say \"hi\""));
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", QuizReportResource.cell("=HYPERLINK(\"http://x\")"));
        assertEquals("\"'+1\"", QuizReportResource.cell("+1"));
        assertEquals("\"\"", QuizReportResource.cell(null));
    }
}
