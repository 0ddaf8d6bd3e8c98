package jp.medsec.lms.web.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jp.medsec.lms.web.support.HttpSession;
import jp.medsec.lms.web.support.HttpSession.Reply;
import jp.medsec.lms.web.support.Organisation;
import jp.medsec.lms.web.support.QuizAnswers;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The trainer's view of a quiz: every attempt with who and how they did, the item analysis per question, the CSV for
 * Excel, and who may see it (trainers of the course's track and administrators; never learners).
 */
class QuizReportIT {

    private static final QuizAnswers KEY = new QuizAnswers("stf-security-basics");

    @Test
    void trainersSeeEveryAttemptAndTheQuestionStatistics() {
        Organisation org = new Organisation();
        String courseId = new HttpSession().get("/api/tracks/STF").json().getJsonArray("courses").getJsonObject(0).getString("id");
        JsonObject course = new HttpSession().get("/api/courses/" + courseId).json();
        String activityId = course.getJsonArray("modules").stream().flatMap(m -> m.asJsonObject().getJsonArray("activities").stream())
                .map(JsonValue::asJsonObject).filter(a -> a.getString("type").equals("quiz")).findFirst().orElseThrow().getString("id");
        String quiz = "/api/courses/" + courseId + "/activities/" + activityId + "/quiz";

        // One learner gets everything right, one submits nothing, one is still answering.
        HttpSession strong = new HttpSession();
        String strongId = strong.registerLearner("成績 上位").getString("id");
        strong.post("/api/courses/" + courseId + "/enrolment", "{}");
        JsonObject attempt = strong.post(quiz + "/attempts", "{}").json();
        strong.send("PUT", quiz + "/attempts/" + attempt.getString("id") + "/answers",
                "{\"revision\":0,\"answers\":" + KEY.allRight(attempt) + "}");
        assertEquals(100.0, strong.post(quiz + "/attempts/" + attempt.getString("id") + "/submit", "{}").json()
                .getJsonNumber("percent").doubleValue(), 0.01);
        Set<String> drawn = new HashSet<>();
        attempt.getJsonArray("questions").forEach(q -> drawn.add(String.valueOf(q.asJsonObject().getInt("slot"))));

        HttpSession weak = new HttpSession();
        String weakId = weak.registerLearner("成績 下位").getString("id");
        weak.post("/api/courses/" + courseId + "/enrolment", "{}");
        String weakAttempt = weak.post(quiz + "/attempts", "{}").json().getString("id");
        weak.post(quiz + "/attempts/" + weakAttempt + "/submit", "{}");

        HttpSession busy = new HttpSession();
        String busyId = busy.registerLearner("受験 途中").getString("id");
        busy.post("/api/courses/" + courseId + "/enrolment", "{}");
        busy.post(quiz + "/attempts", "{}");

        Reply reply = org.trainer.session().get(quiz + "/report");
        assertEquals(200, reply.status(), reply.toString());
        JsonObject report = reply.json();
        assertTrue(report.getInt("gradedAttempts") >= 2, report.toString());
        JsonArray attempts = report.getJsonArray("attempts");
        JsonObject strongRow = row(attempts, strongId);
        assertEquals("成績 上位", strongRow.getString("learnerName"));
        assertEquals(100.0, strongRow.getJsonNumber("percent").doubleValue(), 0.01);
        assertTrue(strongRow.getBoolean("passed"));
        assertEquals(0.0, row(attempts, weakId).getJsonNumber("percent").doubleValue(), 0.01);
        JsonObject busyRow = row(attempts, busyId);
        assertEquals("IN_PROGRESS", busyRow.getString("state"));
        assertTrue(!busyRow.containsKey("percent") || busyRow.isNull("percent"), "no score while answering");

        JsonArray questions = report.getJsonArray("questions");
        assertTrue(questions.size() >= drawn.size(), "every drawn question has a row: " + questions.size());
        for (JsonValue v : questions) {
            JsonObject q = v.asJsonObject();
            assertTrue(q.getInt("attempts") >= 1);
            double facility = q.getJsonNumber("facilityPercent").doubleValue();
            assertTrue(facility >= 0 && facility <= 100, q.toString());
            assertTrue(!q.getString("excerpt").isBlank() && !q.getString("excerpt").contains("<"), q.toString());
            if (q.containsKey("discriminationIndex")) {
                double d = q.getJsonNumber("discriminationIndex").doubleValue();
                assertTrue(d >= -100 && d <= 100, q.toString());
            }
        }

        Reply csv = org.admin.get(quiz + "/report/attempts.csv", "text/csv");
        assertEquals(200, csv.status(), csv.toString());
        assertTrue(csv.body().startsWith("\uFEFF氏名,メールアドレス,回,状態"), csv.body().substring(0, 40));
        assertTrue(csv.body().contains("\"成績 上位\"") && csv.body().contains("合格"));

        // Learners never; a trainer of another track learns nothing (404); an unknown activity is 404.
        assertEquals(403, strong.get(quiz + "/report").status());
        assertEquals(403, org.managerA.session().get(quiz + "/report").status());
        assertEquals(404, org.exeTrainer.session().get(quiz + "/report").status());
        assertEquals(404, org.trainer.session().get("/api/courses/" + courseId + "/activities/nope/quiz/report").status());
    }

    private static JsonObject row(JsonArray attempts, String learnerId) {
        return attempts.stream().map(JsonValue::asJsonObject).filter(a -> a.getString("learnerId").equals(learnerId)).findFirst()
                .orElseThrow(() -> new AssertionError("no attempt of " + learnerId));
    }
}
