package jp.medsec.lms.web.rest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jp.medsec.lms.web.support.HttpSession;
import jp.medsec.lms.web.support.HttpSession.Reply;
import jp.medsec.lms.web.support.Organisation;
import jp.medsec.lms.web.support.Quizzes;
import jp.medsec.lms.web.support.Quizzes.Quiz;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A trainer previews a quiz without enrolling: draws, answers with autosave, submits and sees the full review, also
 * where the review options hide everything from learners. The preview never counts: it is not in the report, the
 * item analysis or the CSV, uses none of the trainer's own attempts, completes nothing, lives only in that session,
 * and learners cannot use preview at all.
 */
class QuizPreviewIT {

    @Test
    void aTrainerPreviewsAndNothingOfItIsCounted() {
        Organisation org = new Organisation();
        HttpSession trainer = org.trainer.session();
        Quiz quiz = Quizzes.create(trainer, "プレビューの確認", Quizzes.trueFalse("パスワードの使い回し", "パスワードは使い回さない。", true)
                        + Quizzes.trueFalse("共有アカウント", "電子カルテのアカウントは部署で共有してよい。", false),
                "{\"attempts\":1,\"passPercent\":50,\"review\":{\"immediately\":[],\"later\":[],\"afterClose\":[]}}");
        String preview = quiz.api() + "/preview";
        // The trainer is also enrolled, to prove the preview touches neither their attempts nor their progress.
        assertEquals(201, trainer.post("/api/courses/" + quiz.courseId() + "/enrolment", "{}").status());

        JsonObject overview = trainer.get(preview).json();
        assertEquals(2, overview.getJsonObject("rules").getInt("questions"));
        assertTrue(overview.getBoolean("canStart"));
        JsonObject attempt = trainer.post(preview + "/attempts", "{}").json();
        String id = attempt.getString("id");
        assertEquals("IN_PROGRESS", attempt.getString("state"));
        for (JsonValue v : attempt.getJsonArray("questions")) {
            for (String field : List.of("correctness", "marks", "rightAnswer", "feedback")) {
                assertFalse(v.asJsonObject().containsKey(field), field + " during the preview: " + v);
            }
        }
        assertEquals(id, trainer.post(preview + "/attempts", "{}").json().getString("id"), "resumes the preview in progress");

        var answers = Json.createObjectBuilder();
        for (JsonValue v : attempt.getJsonArray("questions")) {
            JsonObject q = v.asJsonObject();
            answers.add(String.valueOf(q.getInt("slot")), Json.createObjectBuilder().add("answer", q.getString("text").contains("使い回さない")));
        }
        String body = Json.createObjectBuilder().add("revision", 0).add("answers", answers).build().toString();
        assertEquals(1, trainer.send("PUT", preview + "/attempts/" + id + "/answers", body).json().getInt("revision"));
        Reply stale = trainer.send("PUT", preview + "/attempts/" + id + "/answers", body);
        assertEquals(409, stale.status());
        assertTrue(stale.body().contains("quiz.stale-answers"));

        JsonObject review = trainer.post(preview + "/attempts/" + id + "/submit", "{}").json();
        assertEquals("FINISHED", review.getString("state"));
        assertEquals(100.0, review.getJsonNumber("percent").doubleValue(), 0.01);
        assertTrue(review.getBoolean("passed"));
        for (JsonValue v : review.getJsonArray("questions")) {
            JsonObject q = v.asJsonObject();
            assertEquals("correct", q.getString("correctness"), "the full review, whatever learners may see: " + q);
            assertFalse(q.getString("rightAnswer").isBlank());
            assertTrue(q.getJsonArray("feedback").toString().contains("その通りです"));
        }

        // A learner takes the quiz for real: the report shows her, never the preview.
        HttpSession nurse = org.nurseA.session();
        nurse.post("/api/courses/" + quiz.courseId() + "/enrolment", "{}");
        String real = nurse.post(quiz.api() + "/attempts", "{}").json().getString("id");
        nurse.post(quiz.api() + "/attempts/" + real + "/submit", "{}");
        JsonObject report = trainer.get(quiz.api() + "/report").json();
        assertEquals(1, report.getInt("learners"), report.toString());
        assertEquals(1, report.getInt("gradedAttempts"));
        assertEquals(1, report.getJsonArray("attempts").size());
        assertEquals(org.nurseA.id(), report.getJsonArray("attempts").getJsonObject(0).getString("learnerId"));
        assertFalse(report.toString().contains(id), "the preview attempt is nowhere in the report");
        report.getJsonArray("questions").forEach(q -> assertEquals(1, q.asJsonObject().getInt("attempts"), "item analysis: the learner's only"));
        assertFalse(org.admin.get(quiz.api() + "/report/attempts.csv", "text/csv").body().contains(org.trainer.email()));

        // The trainer's own quiz: no attempt used, nothing completed; the preview is not a stored attempt.
        JsonObject own = trainer.get(quiz.api()).json();
        assertEquals(0, own.getJsonArray("attempts").size());
        assertTrue(own.getBoolean("canStart"));
        assertFalse(trainer.get("/api/courses/" + quiz.courseId() + "/progress").body().contains(quiz.activityId()));
        assertEquals(404, trainer.get(quiz.api() + "/attempts/" + id).status());
        assertEquals(404, org.trainer.newSession().get(preview + "/attempts/" + id).status(), "another session does not see it");

        // The attempt limit (1) does not apply to previews: a second one starts.
        assertNotEquals(id, trainer.post(preview + "/attempts", "{}").json().getString("id"));

        // Learners cannot preview; a trainer of another track finds nothing.
        assertEquals(403, nurse.get(preview).status());
        assertEquals(403, nurse.post(preview + "/attempts", "{}").status());
        assertEquals(404, org.exeTrainer.session().get(preview).status());
        assertEquals(404, org.exeTrainer.session().post(preview + "/attempts", "{}").status());
    }
}
