package jp.medsec.lms.web.rest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jp.medsec.lms.web.support.HttpSession;
import jp.medsec.lms.web.support.HttpSession.Reply;
import jp.medsec.lms.web.support.Organisation;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A trainer finds a wrong key: edits the question in the bank (a new version; a stale edit or a change of type is
 * refused), checks with a dry run whose grades would change, regrades, and the learner now passes and completes the
 * quiz. The quiz is the test's own, so no other test's attempts are touched.
 */
class QuizRegradeIT {

    @Test
    void correctAKeyThenRegradeWithADryRunFirst() {
        Organisation org = new Organisation();
        HttpSession trainer = org.trainer.session();
        String category = "再採点テスト-" + UUID.randomUUID().toString().substring(0, 8);
        String gift = "$CATEGORY: " + category + "\n\n"
                + "::RG-1 鍵の誤り::USBメモリの持ち込みは原則として禁止されている。{FALSE}\n\n"
                + "::RG-2 報告先::不審なメールを開いてしまったら、まず誰に報告しますか。{=院内の情報システム担当者 ~メールの送信者}\n";
        Reply imported = trainer.postBytes("/api/quiz/bank/import?format=gift", gift.getBytes(StandardCharsets.UTF_8), "text/plain");
        assertEquals(200, imported.status(), imported.toString());
        String slug = "regrade-" + UUID.randomUUID().toString().substring(0, 8);
        String course = "{\"slug\":\"" + slug + "\",\"track\":\"STF\",\"title\":{\"ja\":\"再採点の確認講座\"},\"summary\":{\"ja\":\"確認用\"},"
                + "\"minutes\":10,\"modules\":[{\"title\":{\"ja\":\"章\"},\"activities\":[{\"key\":\"q\",\"type\":\"quiz\","
                + "\"title\":{\"ja\":\"確認テスト\"},\"minutes\":10,\"settings\":{\"draw\":[{\"category\":\"" + category + "\",\"count\":0}],"
                + "\"attempts\":1,\"passPercent\":100,\"shuffleQuestions\":false}}]}]}";
        Reply created = org.admin.post("/api/courses?publish=true", course);
        assertEquals(201, created.status(), created.toString());
        String courseId = created.json().getString("id");
        String activityId = new HttpSession().get("/api/courses/" + courseId).json().getJsonArray("modules").getJsonObject(0)
                .getJsonArray("activities").getJsonObject(0).getString("id");
        String quiz = "/api/courses/" + courseId + "/activities/" + activityId + "/quiz";

        // The learner answers what is actually true (TRUE) and the right reporting line: the wrong key costs her.
        HttpSession nurse = org.nurseA.session();
        nurse.post("/api/courses/" + courseId + "/enrolment", "{}");
        JsonObject attempt = nurse.post(quiz + "/attempts", "{}").json();
        var answers = Json.createObjectBuilder();
        for (JsonValue v : attempt.getJsonArray("questions")) {
            JsonObject slot = v.asJsonObject();
            String key = String.valueOf(slot.getInt("slot"));
            if (slot.getString("type").equals("true-false")) {
                answers.add(key, Json.createObjectBuilder().add("answer", true));
            } else {
                String right = slot.getJsonObject("presentation").getJsonArray("choices").stream().map(JsonValue::asJsonObject)
                        .filter(c -> c.getJsonObject("text").toString().contains("情報システム担当者")).findFirst().orElseThrow().getString("id");
                answers.add(key, Json.createObjectBuilder().add("choice", right));
            }
        }
        nurse.send("PUT", quiz + "/attempts/" + attempt.getString("id") + "/answers",
                Json.createObjectBuilder().add("revision", 0).add("answers", answers).build().toString());
        JsonObject graded = nurse.post(quiz + "/attempts/" + attempt.getString("id") + "/submit", "{}").json();
        assertEquals(50.0, graded.getJsonNumber("percent").doubleValue(), 0.01);
        assertFalse(nurse.get("/api/courses/" + courseId + "/progress").json().getJsonArray("completedActivityIds").toString()
                .contains(activityId));

        // The trainer corrects the key: a new version of the question.
        String questionId = trainer.get("/api/quiz/bank/questions?category=" + java.net.URLEncoder.encode(category, StandardCharsets.UTF_8))
                .array().stream().map(JsonValue::asJsonObject).filter(q -> q.getString("type").equals("true-false")).findFirst()
                .orElseThrow().getString("id");
        JsonObject current = trainer.get("/api/quiz/bank/questions/" + questionId).json();
        assertEquals(1, current.getInt("version"));
        JsonObject question = current.getJsonObject("question");
        JsonObject fixed = Json.createObjectBuilder(question)
                .add("definition", Json.createObjectBuilder(question.getJsonObject("definition")).add("correct", true)).build();
        Reply edited = trainer.send("PUT", "/api/quiz/bank/questions/" + questionId,
                Json.createObjectBuilder().add("basedOnVersion", 1).add("question", fixed).build().toString());
        assertEquals(200, edited.status(), edited.toString());
        assertEquals(2, edited.json().getInt("version"));
        Reply stale = trainer.send("PUT", "/api/quiz/bank/questions/" + questionId,
                Json.createObjectBuilder().add("basedOnVersion", 1).add("question", fixed).build().toString());
        assertEquals(409, stale.status(), "an edit based on an old version is refused");
        Reply otherType = trainer.send("PUT", "/api/quiz/bank/questions/" + questionId, Json.createObjectBuilder()
                .add("basedOnVersion", 2).add("question", Json.createObjectBuilder(fixed).add("type", "essay")).build().toString());
        assertEquals(409, otherType.status(), otherType.toString());
        Reply broken = trainer.send("PUT", "/api/quiz/bank/questions/" + questionId, Json.createObjectBuilder().add("basedOnVersion", 2)
                .add("question", Json.createObjectBuilder(fixed).add("text", Json.createObjectBuilder().add("text", " ").add("format", "plain")))
                .build().toString());
        assertEquals(400, broken.status(), broken.toString());
        assertTrue(broken.body().contains("\"text\""), "the field is named: " + broken.body());
        assertEquals(403, nurse.send("PUT", "/api/quiz/bank/questions/" + questionId,
                Json.createObjectBuilder().add("basedOnVersion", 2).add("question", fixed).build().toString()).status());

        // Dry run: who would change, nothing changes yet.
        JsonObject dry = trainer.post(quiz + "/regrade?dryRun=true", "{}").json();
        assertEquals(1, dry.getInt("changed"), dry.toString());
        JsonObject change = dry.getJsonArray("changes").getJsonObject(0);
        assertEquals("看護 花子", change.getString("learnerName"));
        assertEquals(50.0, change.getJsonNumber("percentBefore").doubleValue(), 0.01);
        assertEquals(100.0, change.getJsonNumber("percentAfter").doubleValue(), 0.01);
        assertTrue(change.getBoolean("passedAfter"));
        assertEquals(50.0, nurse.get(quiz).json().getJsonArray("attempts").getJsonObject(0).getJsonNumber("percent").doubleValue(), 0.01);

        JsonObject done = trainer.post(quiz + "/regrade", "{}").json();
        assertEquals(1, done.getInt("changed"));
        assertEquals(100.0, nurse.get(quiz).json().getJsonArray("attempts").getJsonObject(0).getJsonNumber("percent").doubleValue(), 0.01);
        assertTrue(nurse.get("/api/courses/" + courseId + "/progress").json().getJsonArray("completedActivityIds").toString()
                .contains(activityId), "passing now completes the quiz");
        assertEquals(0, trainer.post(quiz + "/regrade?dryRun=true", "{}").json().getInt("changed"), "a second regrade changes nothing");
        assertTrue(org.admin.get("/api/audit?action=quiz.regraded").body().contains(slug));
        assertTrue(org.admin.get("/api/audit?action=quiz.question-edited").body().contains("version 2"));

        assertEquals(403, nurse.post(quiz + "/regrade?dryRun=true", "{}").status());
        assertEquals(404, org.exeTrainer.session().post(quiz + "/regrade?dryRun=true", "{}").status());
    }
}
