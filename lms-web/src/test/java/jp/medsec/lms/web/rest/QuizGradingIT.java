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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A learner's essay waits for a grader: the trainer finds it among the pending attempts, gives a mark and a comment,
 * and only then is the attempt scored, passed and the quiz completed; the learner's review shows the mark and the
 * comment. A grade based on an old state is refused without losing the first one, out-of-range marks are refused,
 * other tracks' trainers and learners are kept out, a later regrade keeps the hand-given mark, and graded attempts are
 * listed apart so that a grade can be corrected.
 */
class QuizGradingIT {

    private static final String ESSAY_TEXT = "<script>alert('x')</script> 情報システム担当者に10時に報告しました。";

    @Test
    void aTrainerGradesAnEssayAndTheLearnerPassesOnlyThen() {
        Organisation org = new Organisation();
        HttpSession trainer = org.trainer.session();
        Quiz quiz = Quizzes.create(trainer, "記述式の採点", Quizzes.essay("報告の記述", "不審なメールを開いた後の行動を書いてください。", 5)
                + Quizzes.trueFalse("USBの持ち込み", "私物のUSBメモリは原則として持ち込まない。", true),
                "{\"attempts\":2,\"passPercent\":60,\"shuffleQuestions\":false}");
        String api = quiz.api();

        HttpSession nurse = org.nurseA.session();
        assertEquals(201, nurse.post("/api/courses/" + quiz.courseId() + "/enrolment", "{}").status());
        JsonObject attempt = nurse.post(api + "/attempts", "{}").json();
        String attemptId = attempt.getString("id");
        int essaySlot = slotOf(attempt, "essay");
        int trueFalseSlot = slotOf(attempt, "true-false");
        Reply saved = nurse.send("PUT", api + "/attempts/" + attemptId + "/answers", Json.createObjectBuilder().add("revision", 0)
                .add("answers", Json.createObjectBuilder().add(String.valueOf(essaySlot), Json.createObjectBuilder().add("text", ESSAY_TEXT))
                        .add(String.valueOf(trueFalseSlot), Json.createObjectBuilder().add("answer", true))).build().toString());
        assertEquals(200, saved.status(), saved.toString());
        JsonObject submitted = nurse.post(api + "/attempts/" + attemptId + "/submit", "{}").json();
        assertTrue(submitted.getBoolean("needsGrading"));
        assertFalse(submitted.containsKey("passed"), "no pass before the essay is graded: " + submitted);
        JsonObject pendingEssay = slot(submitted, essaySlot);
        assertTrue(pendingEssay.getBoolean("awaitingGrading"), pendingEssay.toString());
        assertFalse(pendingEssay.containsKey("marks"), "no mark for the essay yet: " + pendingEssay);
        assertFalse(completed(nurse, quiz));

        // The trainer's list: the attempt, the essay with the learner's text exactly as typed, and the grader's note.
        Reply list = trainer.get(api + "/grading");
        assertEquals(200, list.status(), list.toString());
        JsonObject toGrade = find(list.array(), attemptId);
        assertTrue(toGrade != null, "the submitted attempt waits for a grader: " + list.body());
        assertEquals("看護 花子", toGrade.getString("learnerName"));
        assertEquals(1, toGrade.getJsonArray("slots").size(), "only the hand-graded question");
        JsonObject essay = toGrade.getJsonArray("slots").getJsonObject(0);
        assertEquals(essaySlot, essay.getInt("slot"));
        assertEquals(ESSAY_TEXT, essay.getString("response"));
        assertEquals(5.0, essay.getJsonNumber("maxMark").doubleValue(), 0.001);
        assertTrue(essay.getString("graderInfo").contains("報告先と時刻"));
        assertFalse(essay.getBoolean("graded"));
        long version = toGrade.getJsonNumber("version").longValue();
        String grade = api + "/grading/" + attemptId + "/slots/" + essaySlot;

        // Refused: a mark above the question's mark or below 0, an automatically graded question, an unknown slot.
        Reply tooHigh = trainer.send("PUT", grade, body(version, 5.5, ""));
        assertEquals(400, tooHigh.status(), tooHigh.toString());
        assertEquals("mark", tooHigh.json().getJsonArray("violations").getJsonObject(0).getString("field"));
        assertEquals(400, trainer.send("PUT", grade, body(version, -1, "")).status());
        Reply auto = trainer.send("PUT", api + "/grading/" + attemptId + "/slots/" + trueFalseSlot, body(version, 1, ""));
        assertEquals(400, auto.status());
        assertTrue(auto.body().contains("quiz.grade-not-manual"), auto.toString());
        assertEquals(404, trainer.send("PUT", api + "/grading/" + attemptId + "/slots/99", body(version, 1, "")).status());
        // Not theirs: a learner (even the attempt's own) 403, a trainer of another track 404.
        assertEquals(403, nurse.send("PUT", grade, body(version, 5, "")).status());
        assertEquals(403, nurse.get(api + "/grading").status());
        assertEquals(404, org.exeTrainer.session().send("PUT", grade, body(version, 5, "")).status());
        assertEquals(404, org.exeTrainer.session().get(api + "/grading").status());

        Reply graded = trainer.send("PUT", grade, body(version, 4, "報告先は正しいです。時刻の記録も書けています。"));
        assertEquals(200, graded.status(), graded.toString());
        JsonObject after = graded.json();
        assertFalse(after.getBoolean("needsGrading"));
        assertEquals(83.33, after.getJsonNumber("percent").doubleValue(), 0.01, "(1 + 4) / (1 + 5)");
        assertTrue(after.getBoolean("passed"));

        // A second grader's page still showed the old version: refused, and the first grade stays.
        Reply stale = trainer.send("PUT", grade, body(version, 0, "白紙扱い"));
        assertEquals(409, stale.status(), stale.toString());
        assertTrue(stale.body().contains("quiz.grade-stale"), stale.toString());

        JsonObject review = nurse.get(api + "/attempts/" + attemptId).json();
        assertFalse(review.getBoolean("needsGrading"));
        assertTrue(review.getBoolean("passed"));
        JsonObject reviewed = slot(review, essaySlot);
        assertEquals(4.0, reviewed.getJsonNumber("marks").doubleValue(), 0.001);
        assertEquals("報告先は正しいです。時刻の記録も書けています。", reviewed.getString("comment"));
        assertFalse(reviewed.containsKey("awaitingGrading"));
        assertEquals(83.33, nurse.get(api).json().getJsonNumber("quizPercent").doubleValue(), 0.01);
        assertTrue(completed(nurse, quiz), "the last grade completes the quiz");
        assertTrue(find(trainer.get(api + "/grading").array(), attemptId) == null, "no longer waiting");
        assertTrue(org.admin.get("/api/audit?action=quiz.answer-graded").body().contains(quiz.slug()));

        // The trainer edits the true/false question and regrades: the essay's mark and comment stay.
        String questionId = trainer.get("/api/quiz/bank/questions?category=" + URLEncoder.encode(quiz.category(), StandardCharsets.UTF_8))
                .array().stream().map(JsonValue::asJsonObject).filter(q -> q.getString("type").equals("true-false")).findFirst()
                .orElseThrow().getString("id");
        JsonObject current = trainer.get("/api/quiz/bank/questions/" + questionId).json();
        JsonObject edited = Json.createObjectBuilder(current.getJsonObject("question")).add("name", "USBの持ち込み(改)").build();
        assertEquals(200, trainer.send("PUT", "/api/quiz/bank/questions/" + questionId, Json.createObjectBuilder()
                .add("basedOnVersion", current.getInt("version")).add("question", edited).build().toString()).status());
        assertEquals(200, trainer.post(api + "/regrade", "{}").status());
        JsonObject regraded = slot(nurse.get(api + "/attempts/" + attemptId).json(), essaySlot);
        assertEquals(4.0, regraded.getJsonNumber("marks").doubleValue(), 0.001, "regrade keeps the hand-given mark");
        assertEquals("報告先は正しいです。時刻の記録も書けています。", regraded.getString("comment"));

        // Graded attempts are listed apart, with their grades, and a grade can be corrected on the version shown.
        JsonObject gradedAttempt = find(trainer.get(api + "/grading?graded=true").array(), attemptId);
        assertTrue(gradedAttempt != null, "listed among the graded");
        JsonObject gradedEssay = gradedAttempt.getJsonArray("slots").getJsonObject(0);
        assertTrue(gradedEssay.getBoolean("graded"));
        assertEquals(4.0, gradedEssay.getJsonNumber("mark").doubleValue(), 0.001);
        Reply corrected = trainer.send("PUT", grade, body(gradedAttempt.getJsonNumber("version").longValue(), 5, "時刻の記録が正確なので満点です。"));
        assertEquals(200, corrected.status(), corrected.toString());
        JsonObject recheck = slot(nurse.get(api + "/attempts/" + attemptId).json(), essaySlot);
        assertEquals(5.0, recheck.getJsonNumber("marks").doubleValue(), 0.001, "the learner sees the corrected mark");
        assertEquals("時刻の記録が正確なので満点です。", recheck.getString("comment"));
        assertEquals(403, nurse.get(api + "/grading?graded=true").status());
        assertEquals(404, org.exeTrainer.session().get(api + "/grading?graded=true").status());
    }

    @Test
    void withoutFeedbackInReviewTheCommentStaysHidden() {
        Organisation org = new Organisation();
        HttpSession trainer = org.trainer.session();
        Quiz quiz = Quizzes.create(trainer, "講評を見せない", Quizzes.essay("報告の記述", "報告の流れを書いてください。", 2),
                "{\"review\":{\"immediately\":[\"responses\"],\"later\":[\"responses\"],\"afterClose\":[\"responses\"]}}");
        HttpSession nurse = org.nurseA.session();
        nurse.post("/api/courses/" + quiz.courseId() + "/enrolment", "{}");
        JsonObject attempt = nurse.post(quiz.api() + "/attempts", "{}").json();
        String id = attempt.getString("id");
        int slot = slotOf(attempt, "essay");
        nurse.send("PUT", quiz.api() + "/attempts/" + id + "/answers", "{\"revision\":0,\"answers\":{\"" + slot + "\":{\"text\":\"報告します\"}}}");
        nurse.post(quiz.api() + "/attempts/" + id + "/submit", "{}");
        long version = find(trainer.get(quiz.api() + "/grading").array(), id).getJsonNumber("version").longValue();
        assertEquals(200, trainer.send("PUT", quiz.api() + "/grading/" + id + "/slots/" + slot, body(version, 2, "秘密の講評")).status());
        JsonObject review = nurse.get(quiz.api() + "/attempts/" + id).json();
        assertFalse(review.toString().contains("秘密の講評"), review.toString());
        assertNull(slot(review, slot).get("marks"), "marks are not shown by these review options");
    }

    @Test
    void gradersSavingAtOnceLeaveExactlyOneGradeAndTheOthersAreToldItChanged() throws Exception {
        Organisation org = new Organisation();
        Quiz quiz = Quizzes.create(org.trainer.session(), "同時の採点", Quizzes.essay("報告の記述", "報告の流れを書いてください。", 6), "{}");
        HttpSession nurse = org.nurseA.session();
        nurse.post("/api/courses/" + quiz.courseId() + "/enrolment", "{}");
        JsonObject attempt = nurse.post(quiz.api() + "/attempts", "{}").json();
        String id = attempt.getString("id");
        int slot = slotOf(attempt, "essay");
        nurse.send("PUT", quiz.api() + "/attempts/" + id + "/answers", "{\"revision\":0,\"answers\":{\"" + slot + "\":{\"text\":\"報告します\"}}}");
        nurse.post(quiz.api() + "/attempts/" + id + "/submit", "{}");
        long version = find(org.trainer.session().get(quiz.api() + "/grading").array(), id).getJsonNumber("version").longValue();

        // Two graders, three tabs each, all from the same page state, each with another mark.
        HttpSession admin = org.admin;
        java.util.concurrent.atomic.AtomicInteger mark = new java.util.concurrent.atomic.AtomicInteger();
        java.util.List<Reply> replies = jp.medsec.lms.web.support.Parallel.times(6, () -> {
            int m = mark.getAndIncrement();
            return (m % 2 == 0 ? org.trainer.session() : admin).send("PUT", quiz.api() + "/grading/" + id + "/slots/" + slot, body(version, m, "採点者" + m));
        });
        long ok = replies.stream().filter(r -> r.status() == 200).count();
        assertEquals(1, ok, replies.toString());
        assertTrue(replies.stream().allMatch(r -> r.status() == 200 || r.status() == 409), "refused as a conflict, never an error: " + replies);
        JsonObject winner = replies.stream().filter(r -> r.status() == 200).findFirst().orElseThrow().json();
        JsonObject stored = slot(nurse.get(quiz.api() + "/attempts/" + id).json(), slot);
        assertEquals(winner.getJsonArray("slots").getJsonObject(0).getJsonNumber("mark").doubleValue(),
                stored.getJsonNumber("marks").doubleValue(), 0.001, "the stored grade is the one that was accepted");
        assertEquals(winner.getJsonArray("slots").getJsonObject(0).getString("comment"), stored.getString("comment"));
    }

    private static String body(long version, double mark, String comment) {
        return Json.createObjectBuilder().add("version", version).add("mark", mark).add("comment", comment).build().toString();
    }

    private static boolean completed(HttpSession learner, Quiz quiz) {
        return learner.get("/api/courses/" + quiz.courseId() + "/progress").json().getJsonArray("completedActivityIds").toString()
                .contains(quiz.activityId());
    }

    private static int slotOf(JsonObject attempt, String type) {
        return attempt.getJsonArray("questions").stream().map(JsonValue::asJsonObject).filter(q -> q.getString("type").equals(type))
                .findFirst().orElseThrow().getInt("slot");
    }

    private static JsonObject slot(JsonObject attempt, int slot) {
        return attempt.getJsonArray("questions").stream().map(JsonValue::asJsonObject).filter(q -> q.getInt("slot") == slot)
                .findFirst().orElseThrow();
    }

    private static JsonObject find(JsonArray attempts, String attemptId) {
        return attempts.stream().map(JsonValue::asJsonObject).filter(a -> a.getString("attemptId").equals(attemptId)).findFirst()
                .orElse(null);
    }
}
