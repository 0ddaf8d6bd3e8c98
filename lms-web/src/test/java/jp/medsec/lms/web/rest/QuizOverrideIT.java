package jp.medsec.lms.web.rest;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jp.medsec.lms.web.support.HttpSession;
import jp.medsec.lms.web.support.HttpSession.Reply;
import jp.medsec.lms.web.support.Organisation;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Overrides (Moodle's user and group overrides): a nurse who needs more time gets a longer limit and fewer attempts
 * just for her; hospital A's staff get a closed quiz; her own override wins over her institution's; everyone else
 * keeps the quiz's rules. Bad requests are refused field by field, and only trainers of the track may do it.
 */
class QuizOverrideIT {

    @Test
    void overridesChangeTheRulesForOneLearnerOrOneInstitutionOnly() {
        Organisation org = new Organisation();
        String courseId = org.courseId;
        String activityId = new HttpSession().get("/api/courses/" + courseId).json().getJsonArray("modules").stream()
                .flatMap(m -> m.asJsonObject().getJsonArray("activities").stream()).map(JsonValue::asJsonObject)
                .filter(a -> a.getString("type").equals("quiz")).findFirst().orElseThrow().getString("id");
        String quiz = "/api/courses/" + courseId + "/activities/" + activityId + "/quiz";
        String overrides = quiz + "/overrides";
        HttpSession trainer = org.trainer.session();
        org.clerkA.session().post("/api/courses/" + courseId + "/enrolment", "{}");
        org.staffB.session().post("/api/courses/" + courseId + "/enrolment", "{}");

        Reply saved = trainer.post(overrides, "{\"learnerEmail\":\"" + org.nurseA.email().toUpperCase()
                + "\",\"timeLimitMinutes\":45,\"attempts\":1,\"reason\":\"読み上げソフト利用のため時間を延長\"}");
        assertEquals(200, saved.status(), saved.toString());
        assertEquals("看護 花子", saved.json().getString("learnerName"));

        JsonObject nurse = org.nurseA.session().get(quiz).json().getJsonObject("rules");
        assertEquals(45, nurse.getInt("timeLimitMinutes"));
        assertEquals(1, nurse.getInt("attemptsAllowed"));
        JsonObject others = org.staffB.session().get(quiz).json().getJsonObject("rules");
        assertEquals(20, others.getInt("timeLimitMinutes"), "everyone else keeps the quiz's rules");
        assertEquals(3, others.getInt("attemptsAllowed"));

        JsonObject attempt = org.nurseA.session().post(quiz + "/attempts", "{}").json();
        Duration limit = Duration.between(Instant.parse(attempt.getString("serverNow")), Instant.parse(attempt.getString("deadline")));
        assertTrue(limit.toMinutes() >= 44 && limit.toMinutes() <= 45, "the deadline follows her 45 minutes: " + limit);
        org.nurseA.session().post(quiz + "/attempts/" + attempt.getString("id") + "/submit", "{}");
        JsonObject after = org.nurseA.session().get(quiz).json();
        assertFalse(after.getBoolean("canStart"));
        assertEquals("quiz.no-attempts-left", after.getString("cannotStartReason"));

        // Hospital A's staff: closed an hour ago. The clerk is shut out; the nurse's own override wins over it.
        Instant now = Instant.now();
        Reply closed = trainer.post(overrides, "{\"institutionId\":\"" + org.hospitalA + "\",\"opensAt\":\"" + now.minusSeconds(7200)
                + "\",\"closesAt\":\"" + now.minusSeconds(3600) + "\",\"reason\":\"院内集合研修で実施済みのため締切\"}");
        assertEquals(200, closed.status(), closed.toString());
        assertEquals("quiz.closed", org.clerkA.session().get(quiz).json().getString("cannotStartReason"));
        assertEquals(409, org.clerkA.session().post(quiz + "/attempts", "{}").status());
        assertEquals("quiz.no-attempts-left", org.nurseA.session().get(quiz).json().getString("cannotStartReason"));
        assertTrue(org.staffB.session().get(quiz).json().getBoolean("canStart"), "clinic B is not affected");

        // Saving again for the same learner replaces the rules (one override per learner).
        assertEquals(200, trainer.post(overrides, "{\"learnerEmail\":\"" + org.nurseA.email() + "\",\"attempts\":2,\"reason\":\"再受験を許可\"}").status());
        assertEquals(2, trainer.get(overrides).array().stream().map(JsonValue::asJsonObject)
                .filter(o -> org.nurseA.id().equals(o.getString("learnerId", "")) || org.hospitalA.equals(o.getString("institutionId", "")))
                .count(), "one for the nurse (replaced, not added), one for her hospital");
        assertTrue(org.nurseA.session().get(quiz).json().getBoolean("canStart"));

        // Refusals, each naming the field.
        assertEquals(400, trainer.post(overrides, "{\"attempts\":2,\"reason\":\"対象なし\"}").status());
        assertEquals(400, trainer.post(overrides, "{\"learnerEmail\":\"" + org.clerkA.email() + "\",\"institutionId\":\"" + org.hospitalA
                + "\",\"attempts\":2,\"reason\":\"両方\"}").status());
        Reply empty = trainer.post(overrides, "{\"learnerEmail\":\"" + org.clerkA.email() + "\",\"reason\":\"変更なし\"}");
        assertEquals(400, empty.status());
        assertTrue(empty.body().contains("\"field\":\"rules\"") && empty.body().contains("1つ以上"), empty.toString());
        Reply noReason = trainer.post(overrides, "{\"learnerEmail\":\"" + org.clerkA.email() + "\",\"attempts\":2}");
        assertTrue(noReason.status() == 400 && noReason.body().contains("reason"), noReason.toString());
        Reply backwards = trainer.post(overrides, "{\"learnerEmail\":\"" + org.clerkA.email() + "\",\"opensAt\":\"" + now
                + "\",\"closesAt\":\"" + now.minusSeconds(60) + "\",\"reason\":\"逆\"}");
        assertTrue(backwards.status() == 400 && backwards.body().contains("closesAt"), backwards.toString());
        assertEquals(400, trainer.post(overrides, "{\"learnerEmail\":\"nobody@example.jp\",\"attempts\":2,\"reason\":\"不明\"}").status());

        // Who may: not learners, not a trainer of another track.
        assertEquals(403, org.nurseA.session().get(overrides).status());
        assertEquals(404, org.exeTrainer.session().get(overrides).status());
        assertTrue(org.admin.get("/api/audit?action=quiz.override-saved").body().contains("読み上げソフト利用のため時間を延長"));

        // Removing the institution's override opens the quiz for the clerk again.
        String institutionOverride = trainer.get(overrides).array().stream().map(JsonValue::asJsonObject)
                .filter(o -> org.hospitalA.equals(o.getString("institutionId", ""))).findFirst().orElseThrow().getString("id");
        assertEquals(204, trainer.send("DELETE", overrides + "/" + institutionOverride).status());
        assertTrue(org.clerkA.session().get(quiz).json().getBoolean("canStart"));
        assertEquals(404, trainer.send("DELETE", overrides + "/" + institutionOverride).status());
    }
}
