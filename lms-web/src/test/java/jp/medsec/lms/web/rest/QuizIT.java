package jp.medsec.lms.web.rest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jp.medsec.lms.web.support.HttpSession;
import jp.medsec.lms.web.support.Parallel;
import jp.medsec.lms.web.support.HttpSession.Reply;
import jp.medsec.lms.web.support.QuizAnswers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Taking the seeded STF quiz over HTTP as a learner does, and the guarantees under parallel requests. */
class QuizIT {

    private static final QuizAnswers KEY = new QuizAnswers("stf-security-basics");
    private static String courseId;
    private static String quiz;
    private static String quizActivityId;

    @BeforeAll
    static void findTheQuiz() {
        courseId = new HttpSession().get("/api/tracks/STF").json().getJsonArray("courses").getJsonObject(0).getString("id");
        JsonObject course = new HttpSession().get("/api/courses/" + courseId).json();
        String activityId = course.getJsonArray("modules").stream().flatMap(m -> m.asJsonObject().getJsonArray("activities").stream())
                .map(JsonValue::asJsonObject).filter(a -> a.getString("type").equals("quiz")).findFirst().orElseThrow().getString("id");
        quizActivityId = activityId;
        quiz = "/api/courses/" + courseId + "/activities/" + activityId + "/quiz";
    }

    /** A new learner enrolled in the course, logged in. */
    private static HttpSession enrolledLearner() {
        HttpSession s = new HttpSession();
        s.registerLearner("受験 花子");
        assertEquals(201, s.post("/api/courses/" + courseId + "/enrolment", "{}").status());
        return s;
    }

    private static Reply save(HttpSession s, String attemptId, int revision, JsonObject answers) {
        return save(s, quiz, attemptId, revision, answers);
    }

    private static Reply save(HttpSession s, String quiz, String attemptId, int revision, JsonObject answers) {
        return s.send("PUT", quiz + "/attempts/" + attemptId + "/answers",
                Json.createObjectBuilder().add("revision", revision).add("answers", answers).build().toString());
    }

    @Test
    void aLearnerTakesTheQuizResumesOnAnotherDeviceAndPasses() {
        HttpSession phone = enrolledLearner();
        JsonObject overview = phone.get(quiz).json();
        assertTrue(overview.getJsonObject("rules").getInt("questions") >= 12, overview.toString());
        assertTrue(overview.getBoolean("canStart"));

        JsonObject attempt = phone.post(quiz + "/attempts", "{}").json();
        String id = attempt.getString("id");
        assertEquals("IN_PROGRESS", attempt.getString("state"));
        assertTrue(attempt.getJsonArray("questions").size() >= 12);
        // Nothing that gives an answer away while the attempt is in progress.
        for (JsonValue v : attempt.getJsonArray("questions")) {
            JsonObject slot = v.asJsonObject();
            String presentation = slot.getJsonObject("presentation").toString();
            for (String leak : List.of("fraction", "feedback", "answerId", "pattern", "tolerance", "correct")) {
                assertFalse(presentation.contains("\"" + leak + "\""), leak + " in " + presentation);
            }
            for (String field : List.of("correctness", "marks", "rightAnswer", "feedback")) {
                assertTrue(!slot.containsKey(field) || slot.isNull(field), field + " shown during the attempt: " + slot);
            }
        }

        JsonObject right = KEY.allRight(attempt);
        String firstSlot = right.keySet().iterator().next();
        Reply saved = save(phone, id, 0, Json.createObjectBuilder().add(firstSlot, right.get(firstSlot)).build());
        assertEquals(200, saved.status(), saved.toString());
        assertEquals(1, saved.json().getInt("revision"));

        // Same person on a PC later: the attempt resumes with the saved answer.
        HttpSession pc = new HttpSession();
        assertEquals(200, pc.post("/api/account/login", "{\"email\":\"" + phone.get("/api/account/me").json().getString("email")
                + "\",\"password\":\"" + jp.medsec.lms.web.support.Organisation.PASSWORD + "\"}").status());
        assertEquals(id, pc.get(quiz).json().getString("attemptInProgress"));
        JsonObject resumed = pc.post(quiz + "/attempts", "{}").json();
        assertEquals(id, resumed.getString("id"));
        assertEquals(1, resumed.getInt("revision"));
        assertEquals(right.get(firstSlot), resumed.getJsonArray("questions").stream().map(JsonValue::asJsonObject)
                .filter(s -> String.valueOf(s.getInt("slot")).equals(firstSlot)).findFirst().orElseThrow().get("response"));

        // The PC saves everything; the phone's stale page (revision 0) cannot overwrite it.
        assertEquals(200, save(pc, id, 1, right).status());
        Reply stale = save(phone, id, 0, Json.createObjectBuilder().build());
        assertEquals(409, stale.status());
        assertTrue(stale.isProblem() && stale.body().contains("quiz.stale-answers"), stale.toString());
        assertEquals(2, pc.get(quiz + "/attempts/" + id).json().getInt("revision"));

        JsonObject result = pc.post(quiz + "/attempts/" + id + "/submit", "{}").json();
        assertEquals("FINISHED", result.getString("state"));
        assertEquals(100.0, result.getJsonNumber("percent").doubleValue(), 0.001);
        assertTrue(result.getBoolean("passed"));
        JsonObject reviewed = result.getJsonArray("questions").getJsonObject(0);
        assertEquals("correct", reviewed.getString("correctness"));
        assertFalse(reviewed.getString("rightAnswer").isBlank());
        assertTrue(reviewed.getJsonArray("feedback").toString().contains("出典"), reviewed.toString());

        // Submitting again changes nothing; the course shows the quiz complete.
        JsonObject again = phone.post(quiz + "/attempts/" + id + "/submit", "{}").json();
        assertEquals(result.getJsonNumber("percent"), again.getJsonNumber("percent"));
        assertEquals(1, pc.get(quiz).json().getJsonArray("attempts").size());
        JsonObject progress = pc.get("/api/courses/" + courseId + "/progress").json();
        assertTrue(progress.getJsonArray("completedActivityIds").toString().contains(quizActivityId), progress.toString());
    }

    @Test
    void parallelStartsGiveOneAttemptAndParallelSubmitsOneResult() throws Exception {
        HttpSession learner = enrolledLearner();
        List<Reply> starts = Parallel.times(8, () -> learner.post(quiz + "/attempts", "{}"));
        Set<String> ids = starts.stream().peek(r -> assertEquals(200, r.status(), r.toString()))
                .map(r -> r.json().getString("id")).collect(Collectors.toSet());
        assertEquals(1, ids.size(), "one attempt in progress, whatever the timing");

        String id = ids.iterator().next();
        JsonObject attempt = learner.get(quiz + "/attempts/" + id).json();
        assertEquals(200, save(learner, id, 0, KEY.allRight(attempt)).status());
        List<Reply> submits = Parallel.times(8, () -> learner.post(quiz + "/attempts/" + id + "/submit", "{}"));
        Set<String> percents = submits.stream().peek(r -> assertEquals(200, r.status(), r.toString()))
                .map(r -> r.json().get("percent").toString()).collect(Collectors.toSet());
        assertEquals(Set.of("100.0"), percents, "one graded result, repeated to every request");
        assertEquals(1, learner.get(quiz).json().getJsonArray("attempts").size());
    }

    @Test
    void neverMoreAttemptsThanAllowedEvenWhenTheLastIsRacedFor() throws Exception {
        HttpSession learner = enrolledLearner();
        for (int i = 0; i < 2; i++) {
            String id = learner.post(quiz + "/attempts", "{}").json().getString("id");
            assertEquals(200, learner.post(quiz + "/attempts/" + id + "/submit", "{}").status());
        }
        List<Reply> lastStarts = Parallel.times(8, () -> learner.post(quiz + "/attempts", "{}"));
        Set<String> ids = lastStarts.stream().map(r -> r.json().getString("id")).collect(Collectors.toSet());
        assertEquals(1, ids.size());
        assertEquals(200, learner.post(quiz + "/attempts/" + ids.iterator().next() + "/submit", "{}").status());

        JsonObject overview = learner.get(quiz).json();
        assertEquals(3, overview.getJsonArray("attempts").size());
        assertFalse(overview.getBoolean("canStart"));
        assertEquals("quiz.no-attempts-left", overview.getString("cannotStartReason"));
        Reply fourth = learner.post(quiz + "/attempts", "{}");
        assertEquals(409, fourth.status());
        assertTrue(fourth.isProblem() && fourth.body().contains("quiz.no-attempts-left"));
        assertEquals(0.0, overview.getJsonNumber("quizPercent").doubleValue(), 0.001, "nothing answered: 0 %");
        assertFalse(learner.get("/api/courses/" + courseId + "/progress").body().contains(quizActivityId),
                "failed attempts do not complete a quiz that must be passed");
    }

    @Test
    void anAttemptWhoseTimeRunsOutIsSubmittedWithTheSavedAnswersAfterTheLearnerHasGone() throws Exception {
        Instant closes = Instant.now().plusSeconds(8);
        String doc = "{\"slug\":\"timed-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "\",\"track\":\"STF\","
                + "\"title\":{\"ja\":\"時間制限つきテスト\"},\"summary\":{\"ja\":\"締切の確認\"},\"minutes\":5,\"modules\":[{"
                + "\"title\":{\"ja\":\"章\"},\"activities\":[{\"key\":\"q\",\"type\":\"quiz\",\"title\":{\"ja\":\"小テスト\"},"
                + "\"settings\":{\"draw\":[{\"tag\":\"STF\",\"count\":3}],\"closesAt\":\"" + closes + "\",\"graceSeconds\":0}}]}]}";
        Reply imported = HttpSession.administrator().post("/api/courses?publish=true", doc);
        assertEquals(201, imported.status(), imported.toString());
        String timedCourse = imported.json().getString("id");
        String activityId = new HttpSession().get("/api/courses/" + timedCourse).json().getJsonArray("modules").getJsonObject(0).getJsonArray("activities")
                .getJsonObject(0).getString("id");
        String timedQuiz = "/api/courses/" + timedCourse + "/activities/" + activityId + "/quiz";

        HttpSession learner = new HttpSession();
        learner.registerLearner("時間切れ 次郎");
        assertEquals(201, learner.post("/api/courses/" + timedCourse + "/enrolment", "{}").status());
        JsonObject attempt = learner.post(timedQuiz + "/attempts", "{}").json();
        assertEquals(closes.toString().substring(0, 19), attempt.getString("deadline").substring(0, 19), "the deadline is the closing time");
        Reply saved = save(learner, timedQuiz, attempt.getString("id"), 0, KEY.allRight(attempt));
        assertEquals(200, saved.status(), saved.toString());

        // The learner goes offline. The server's job closes the attempt with the saved answers (it runs every 30 s);
        // only the course progress is read here, which does not touch the quiz.
        String progress = "";
        for (int i = 0; i < 60 && !progress.contains(activityId); i++) {
            Thread.sleep(1000);
            progress = learner.get("/api/courses/" + timedCourse + "/progress").body();
        }
        assertTrue(progress.contains(activityId), "closed and graded by the server after the deadline: " + progress);
        JsonObject closed = learner.get(timedQuiz + "/attempts/" + attempt.getString("id")).json();
        assertEquals("FINISHED", closed.getString("state"));
        assertEquals(100.0, closed.getJsonNumber("percent").doubleValue(), 0.001);
        Reply late = save(learner, timedQuiz, attempt.getString("id"), 1, Json.createObjectBuilder().build());
        assertEquals(409, late.status());
    }

    @Test
    void anotherLearnersAttemptStaysClosed() {
        HttpSession owner = enrolledLearner();
        String id = owner.post(quiz + "/attempts", "{}").json().getString("id");
        HttpSession other = enrolledLearner();
        assertEquals(404, other.get(quiz + "/attempts/" + id).status());
        assertEquals(404, save(other, id, 0, Json.createObjectBuilder().build()).status());
        assertEquals(404, other.post(quiz + "/attempts/" + id + "/submit", "{}").status());
        assertEquals("IN_PROGRESS", owner.get(quiz + "/attempts/" + id).json().getString("state"));

        HttpSession notEnrolled = new HttpSession();
        notEnrolled.registerLearner("未登録 太郎");
        assertEquals(403, notEnrolled.get(quiz).status());
        assertEquals(401, new HttpSession().get(quiz).status());

        Reply wrongShape = save(owner, id, 0, Json.createObjectBuilder().add("1", Json.createArrayBuilder().add(42)).build());
        assertEquals(400, wrongShape.status(), wrongShape.toString());
        Reply noSuchSlot = save(owner, id, 0, Json.createObjectBuilder().add("999", Json.createObjectBuilder()).build());
        assertEquals(400, noSuchSlot.status());
        JsonObject untouched = owner.get(quiz + "/attempts/" + id).json();
        assertEquals(0, untouched.getInt("revision"), "refused answers are not saved");
        assertFalse(untouched.getJsonArray("questions").getJsonObject(0).containsKey("response"));
    }
}
