package jp.medsec.lms.web.rest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jp.medsec.lms.web.support.HttpSession;
import jp.medsec.lms.web.support.HttpSession.Reply;
import jp.medsec.lms.web.support.Organisation;
import jp.medsec.lms.web.support.Quizzes;
import jp.medsec.lms.web.support.Quizzes.Quiz;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A trainer builds a quiz from the bank over HTTP: reads its settings, draws 2 of the bank's 3 questions with a time
 * limit and one attempt, and a learner's next attempt follows them. A save based on settings changed meanwhile is
 * refused; invalid settings are refused with every problem and change nothing; other tracks' trainers and learners
 * cannot read or change them.
 */
class QuizSettingsIT {

    @Test
    void aTrainerBuildsTheQuizFromTheBankAndLearnersGetIt() {
        Organisation org = new Organisation();
        HttpSession trainer = org.trainer.session();
        Quiz quiz = Quizzes.create(trainer, "テスト設定の確認", Quizzes.trueFalse("一", "パスワードは使い回さない。", true)
                + Quizzes.trueFalse("二", "不審なメールは開かずに報告する。", true)
                + Quizzes.trueFalse("三", "USBメモリは私物でもよい。", false), "{}");
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

    private static String body(String revision, JsonObject settings) {
        return Json.createObjectBuilder().add("basedOnRevision", revision).add("settings", settings).build().toString();
    }
}
