package jp.medsec.lms.web.rest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jp.medsec.lms.web.support.HttpSession;
import jp.medsec.lms.web.support.HttpSession.Reply;
import jp.medsec.lms.web.support.Organisation;
import jp.medsec.lms.web.support.Quizzes;
import jp.medsec.lms.web.support.Quizzes.Quiz;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A trainer builds a quiz from the bank over HTTP: reads its settings, draws 2 of the bank's 3 questions with a time
 * limit and one attempt, and a learner's next attempt follows them. A save based on settings changed meanwhile is
 * refused; invalid settings are refused with every problem and change nothing; other tracks' trainers and learners
 * cannot read or change them. A trainer also picks a question by hand: every learner gets it, beside a random draw.
 */
class QuizSettingsIT {

    @Test
    void aTrainerBuildsTheQuizFromTheBankAndLearnersGetIt() {
        Organisation org = new Organisation();
        HttpSession trainer = org.trainer.session();
        Quiz quiz = threeQuestions(trainer, "テスト設定の確認");
        String settings = quiz.api() + "/settings";

        JsonObject current = trainer.get(settings).json();
        assertEquals(quiz.category(), current.getJsonObject("settings").getJsonArray("draw").getJsonObject(0).getString("category"));
        String revision = current.getString("revision");

        JsonObject changed = Json.createObjectBuilder(current.getJsonObject("settings"))
                .add("draw", Json.createArrayBuilder().add(Json.createObjectBuilder().add("category", quiz.category()).add("count", 2)))
                .add("timeLimitMinutes", 15).add("attempts", 1).add("passPercent", 80).build();
        Reply saved = trainer.send("PUT", settings, body(revision, changed));
        assertEquals(200, saved.status(), saved.body());
        String newRevision = saved.json().getString("revision");
        assertNotEquals(revision, newRevision);
        assertEquals(15, trainer.get(settings).json().getJsonObject("settings").getInt("timeLimitMinutes"));

        // A learner's quiz follows the new settings.
        HttpSession learner = new HttpSession();
        learner.registerLearner("設定 確認子");
        assertEquals(201, learner.post("/api/courses/" + quiz.courseId() + "/enrolment", "{}").status());
        JsonObject rules = learner.get(quiz.api()).json().getJsonObject("rules");
        assertEquals(2, rules.getInt("questions"));
        assertEquals(15, rules.getInt("timeLimitMinutes"));
        assertEquals(1, rules.getInt("attemptsAllowed"));
        assertEquals(2, learner.post(quiz.api() + "/attempts", "{}").json().getJsonArray("questions").size());

        // A colleague's page still shows the old revision: refused, nothing overwritten.
        JsonObject other = Json.createObjectBuilder(changed).add("attempts", 5).build();
        Reply stale = trainer.send("PUT", settings, body(revision, other));
        assertEquals(409, stale.status(), stale.body());
        assertTrue(stale.json().getString("type").endsWith("/quiz.settings-stale"), stale.body());
        assertEquals(1, trainer.get(settings).json().getJsonObject("settings").getInt("attempts"));

        // Invalid settings: every problem named, nothing stored.
        JsonObject invalid = Json.createObjectBuilder(changed).add("passPercent", 150).add("draw", Json.createArrayBuilder()).build();
        Reply refused = trainer.send("PUT", settings, body(newRevision, invalid));
        assertEquals(400, refused.status(), refused.body());
        String problems = refused.json().getJsonArray("violations").toString();
        assertTrue(problems.contains("passPercent") && problems.contains("draw"), problems);
        assertEquals(newRevision, trainer.get(settings).json().getString("revision"), "nothing changed");

        // Only trainers of the track: the EXE-only trainer finds nothing, a learner is refused.
        assertEquals(404, org.exeTrainer.session().get(settings).status());
        assertEquals(404, org.exeTrainer.session().send("PUT", settings, body(newRevision, changed)).status());
        assertEquals(403, learner.get(settings).status());
        assertEquals(403, learner.send("PUT", settings, body(newRevision, other)).status());
        assertEquals(1, trainer.get(settings).json().getJsonObject("settings").getInt("attempts"));
    }

    @Test
    void aTrainerPicksAQuestionByHandBesideARandomDraw() {
        Organisation org = new Organisation();
        HttpSession trainer = org.trainer.session();
        Quiz quiz = threeQuestions(trainer, "選んだ問題の確認");
        String settings = quiz.api() + "/settings";
        JsonArray bank = trainer.get("/api/quiz/bank/questions?category=" + URLEncoder.encode(quiz.category(), StandardCharsets.UTF_8))
                .array();
        String chosen = bank.stream().map(JsonValue::asJsonObject).filter(q -> q.getString("name").equals("三"))
                .findFirst().orElseThrow().getString("id");

        JsonObject current = trainer.get(settings).json();
        JsonObject picked = Json.createObjectBuilder(current.getJsonObject("settings"))
                .add("draw", Json.createArrayBuilder().add(Json.createObjectBuilder().add("question", chosen))
                        .add(Json.createObjectBuilder().add("category", quiz.category()).add("count", 1)))
                .add("shuffleQuestions", false).build();
        Reply saved = trainer.send("PUT", settings, body(current.getString("revision"), picked));
        assertEquals(200, saved.status(), saved.body());

        // Every learner gets the chosen question first and one other at random, never the chosen one twice.
        for (int i = 0; i < 3; i++) {
            HttpSession learner = new HttpSession();
            learner.registerLearner("選択 確認子" + i);
            assertEquals(201, learner.post("/api/courses/" + quiz.courseId() + "/enrolment", "{}").status());
            assertEquals(2, learner.get(quiz.api()).json().getJsonObject("rules").getInt("questions"));
            JsonArray questions = learner.post(quiz.api() + "/attempts", "{}").json().getJsonArray("questions");
            assertEquals(2, questions.size());
            assertTrue(questions.getJsonObject(0).getString("text").contains("USBメモリ"), questions.toString());
            assertFalse(questions.getJsonObject(1).getString("text").contains("USBメモリ"), questions.toString());
        }

        // A question that is not in the bank: refused when a learner starts, with a message for the trainer.
        JsonObject missing = Json.createObjectBuilder(picked)
                .add("draw", Json.createArrayBuilder().add(Json.createObjectBuilder().add("question", "no-such-question"))).build();
        assertEquals(200, trainer.send("PUT", settings, body(saved.json().getString("revision"), missing)).status());
        HttpSession late = new HttpSession();
        late.registerLearner("選択 遅刻子");
        assertEquals(201, late.post("/api/courses/" + quiz.courseId() + "/enrolment", "{}").status());
        Reply refused = late.post(quiz.api() + "/attempts", "{}");
        assertEquals(409, refused.status(), refused.body());
        assertTrue(refused.json().getString("type").endsWith("/quiz.question-missing"), refused.body());
    }

    /** A quiz over a new category of three true/false questions, named 一, 二 and 三 (三 is about USB sticks). */
    private static Quiz threeQuestions(HttpSession trainer, String title) {
        return Quizzes.create(trainer, title, Quizzes.trueFalse("一", "パスワードは使い回さない。", true)
                + Quizzes.trueFalse("二", "不審なメールは開かずに報告する。", true)
                + Quizzes.trueFalse("三", "USBメモリは私物でもよい。", false), "{}");
    }

    private static String body(String revision, JsonObject settings) {
        return Json.createObjectBuilder().add("basedOnRevision", revision).add("settings", settings).build().toString();
    }
}
