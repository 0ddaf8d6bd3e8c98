package jp.medsec.lms.web.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jp.medsec.lms.web.support.HttpSession;
import jp.medsec.lms.web.support.HttpSession.Reply;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A trainer brings a GIFT file into the question bank: checked first, errors by question and line, nothing half-done. */
public class QuestionBankIT {

    public static byte[] drillFile(String tag) throws IOException {
        try (InputStream in = QuestionBankIT.class.getResourceAsStream("/quiz/hospital-drill.gift")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("院内研修]", tag + "]")
                    .replace("::院内-", "::" + tag + "-").getBytes(StandardCharsets.UTF_8);
        }
    }

    @Test
    void aFileWithAnErrorIsReportedAndImportsOnlyWhenTheTrainerSkipsTheBadQuestion() throws IOException {
        HttpSession admin = HttpSession.administrator();
        String tag = "drill-" + UUID.randomUUID().toString().substring(0, 6);
        byte[] file = drillFile(tag);

        Reply check = admin.postBytes("/api/quiz/bank/import?format=gift&dryRun=true", file, "text/plain");
        assertEquals(200, check.status(), check.toString());
        JsonObject report = check.json();
        assertFalse(report.getBoolean("clean"));
        assertEquals(3, report.getInt("readable"));
        JsonArray issues = report.getJsonArray("issues");
        JsonObject error = issues.stream().map(JsonValue::asJsonObject).filter(i -> i.getString("severity").equals("ERROR"))
                .findFirst().orElseThrow();
        assertEquals(3, error.getInt("question"));
        assertEquals(19, error.getInt("line"));
        assertTrue(error.getString("message").contains("評点"), error.toString());
        assertEquals(0, admin.get("/api/quiz/bank/questions?tag=" + tag).array().size(), "a check stores nothing");

        Reply refused = admin.postBytes("/api/quiz/bank/import?format=gift", file, "text/plain");
        assertEquals(400, refused.status());
        assertTrue(refused.isProblem() && refused.body().contains("quiz.import-rejected") && refused.body().contains("3問目"), refused.body());
        assertEquals(0, admin.get("/api/quiz/bank/questions?tag=" + tag).array().size(), "all or nothing");

        Reply imported = admin.postBytes("/api/quiz/bank/import?format=gift&skipInvalid=true", file, "text/plain");
        assertEquals(200, imported.status(), imported.toString());
        assertEquals(3, imported.json().getInt("stored"));
        JsonArray listed = admin.get("/api/quiz/bank/questions?tag=" + tag).array();
        assertEquals(3, listed.size());
        assertEquals("院内研修/不審メール", listed.getJsonObject(0).getString("category"));

        // A trainer reads a question with its key; a Moodle XML export carries the questions out again.
        String id = listed.getJsonObject(0).getString("id");
        JsonObject question = admin.get("/api/quiz/bank/questions/" + id).json().getJsonObject("question");
        assertTrue(question.getJsonObject("definition").toString().contains("fraction"));
        Reply xml = admin.get("/api/quiz/bank/export?tag=" + tag, "application/xml");
        assertEquals(200, xml.status());
        assertTrue(xml.body().contains("<quiz>") && xml.body().contains(tag + "-01"), xml.body());
        assertTrue(admin.get("/api/audit?action=quiz.questions-imported").body().contains("3 question(s) from gift"));
    }

    @Test
    void malformedXmlAndUnknownFormatsAreClearErrors() {
        HttpSession admin = HttpSession.administrator();
        Reply xml = admin.postBytes("/api/quiz/bank/import?format=moodle-xml&dryRun=true",
                "<quiz><question type=\"multichoice\"><name>".getBytes(StandardCharsets.UTF_8), "application/xml");
        assertEquals(200, xml.status());
        assertFalse(xml.json().getBoolean("clean"));
        Reply format = admin.postBytes("/api/quiz/bank/import?format=docx", new byte[]{1}, "application/octet-stream");
        assertEquals(400, format.status());
        assertTrue(format.isProblem());
        HttpSession someone = new HttpSession();
        someone.registerLearner("受講 者");
        assertEquals(403, someone.get("/api/quiz/bank/questions").status(), "learners never see the keys");
    }
}
