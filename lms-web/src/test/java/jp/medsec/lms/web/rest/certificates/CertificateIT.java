package jp.medsec.lms.web.rest.certificates;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jp.medsec.lms.web.support.Courses;
import jp.medsec.lms.web.support.HttpSession;
import jp.medsec.lms.web.support.Parallel;
import jp.medsec.lms.web.support.HttpSession.Reply;
import org.junit.jupiter.api.Test;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Certificates over HTTP: issued on completion, verifiable by anyone, revocable, one valid per fiscal year under races. */
class CertificateIT {

    private static final HttpSession admin = HttpSession.administrator();

    private static String code(JsonObject certificate) {
        String url = certificate.getString("verificationUrl");
        return url.substring(url.indexOf("code=") + 5);
    }

    @Test
    void completingACourseIssuesACertificateThatAnyoneCanVerifyUntilItIsRevoked() {
        Courses.OnePage course = Courses.onePage("ルール確認講座");
        HttpSession learner = new HttpSession();
        String email = learner.registerLearner("修了 花子").getString("email");
        Courses.complete(learner, course);

        JsonArray mine = learner.get("/api/me/certificates").array();
        assertEquals(1, mine.size(), mine.toString());
        JsonObject certificate = mine.getJsonObject(0);
        assertEquals("VALID", certificate.getString("standing"));
        int fiscalYear = Integer.parseInt(certificate.getString("number").substring(4, 8));
        assertTrue(certificate.getString("number").matches("STF-20\\d\\d-\\d{6}"), certificate.getString("number"));
        assertTrue(Math.abs(fiscalYear - Year.now().getValue()) <= 1);
        assertTrue(code(certificate).matches("[A-Z2-9]{20}"));

        Reply pdf = learner.get("/api/me/certificates/" + certificate.getString("id") + "/pdf", "application/pdf");
        assertEquals(200, pdf.status());
        assertTrue(pdf.body().startsWith("%PDF"), "a PDF");
        Reply credential = learner.get("/api/me/certificates/" + certificate.getString("id") + "/credential");
        assertEquals(200, credential.status(), credential.toString());
        JsonObject vc = credential.json();
        assertTrue(vc.getJsonArray("type").toString().contains("OpenBadgeCredential"));
        assertEquals("eddsa-rdfc-2022", vc.getJsonObject("proof").getString("cryptosuite"));
        assertTrue(vc.getString("issuer", vc.toString()).contains("did:key") || vc.get("issuer").toString().contains("did:key"));

        // Anyone, without logging in: only name, course, dates and issuer; no e-mail.
        Reply verified = new HttpSession().get("/api/verify/" + code(certificate));
        assertEquals(200, verified.status());
        assertEquals("VALID", verified.json().getString("standing"));
        assertEquals("修了 花子", verified.json().getString("learnerName"));
        assertFalse(verified.body().contains(email));
        Reply unknown = new HttpSession().get("/api/verify/ABCDEFGHJKLMNPQRSTUV");
        assertEquals(404, unknown.status());
        assertTrue(unknown.isProblem());
        assertEquals(unknown.json().getString("detail"), new HttpSession().get("/api/verify/short").json().getString("detail"),
                "an unknown code gives no hint about valid ones");

        Reply revoked = admin.post("/api/certificates/" + certificate.getString("id") + "/revoke", "{\"reason\":\"受講記録の誤り\"}");
        assertEquals(200, revoked.status(), revoked.toString());
        assertEquals("REVOKED", new HttpSession().get("/api/verify/" + code(certificate)).json().getString("standing"));
        assertEquals("REVOKED", learner.get("/api/me/certificates").array().getJsonObject(0).getString("standing"), "kept, marked revoked");
        assertEquals(409, admin.post("/api/certificates/" + certificate.getString("id") + "/revoke", "{\"reason\":\"again\"}").status());
        assertTrue(admin.get("/api/audit?action=certificate.revoked").body().contains(certificate.getString("number")));

        // The revocation list anyone can fetch is signed; the issuer's key is published.
        JsonObject list = new HttpSession().get("/api/credentials/status-list").json();
        assertTrue(list.getJsonArray("type").toString().contains("BitstringStatusListCredential"));
        assertTrue(new HttpSession().get("/api/credentials/issuer").json().getString("did").startsWith("did:key:z6Mk"));
    }

    @Test
    void aReissueSupersedesTheOldCertificateAndBothStayInTheHistory() {
        Courses.OnePage course = Courses.onePage("再発行確認講座");
        HttpSession learner = new HttpSession();
        learner.registerLearner("旧姓 花子");
        Courses.complete(learner, course);
        JsonObject old = learner.get("/api/me/certificates").array().getJsonObject(0);
        Reply reissued = admin.post("/api/certificates/" + old.getString("id") + "/reissue", "{\"reason\":\"氏名の変更\"}");
        assertEquals(201, reissued.status(), reissued.toString());
        assertEquals("VALID", reissued.json().getString("standing"));
        Reply oldVerified = new HttpSession().get("/api/verify/" + code(old));
        assertEquals("SUPERSEDED", oldVerified.json().getString("standing"));
        // The public answer about a replaced certificate leads nowhere: not to the new one, not to the holder.
        assertTrue(Set.of("standing", "number", "learnerName", "courseTitle", "trackName", "completedAt", "issuedAt",
                "validUntil", "issuer").containsAll(oldVerified.json().keySet()), oldVerified.body());
        for (String privateValue : List.of(reissued.json().getString("id"), reissued.json().getString("number"),
                code(reissued.json()), old.getString("id"), "learnerId", "@")) {
            assertFalse(oldVerified.body().contains(privateValue), privateValue + " in " + oldVerified.body());
        }
        assertEquals(2, learner.get("/api/me/certificates").array().size());
        assertEquals(400, admin.post("/api/certificates/" + reissued.json().getString("id") + "/reissue", "{\"reason\":\" \"}").status(),
                "a reason is required");

        HttpSession other = new HttpSession();
        other.registerLearner("他人 太郎");
        assertEquals(404, other.get("/api/me/certificates/" + old.getString("id") + "/pdf", "application/pdf").status());
    }

    @Test
    void anAutomaticIssueRacingManualOnesLeavesExactlyOneValidCertificate() throws Exception {
        Courses.OnePage course = Courses.onePage("同時発行確認講座");
        HttpSession learner = new HttpSession();
        String learnerId = learner.registerLearner("同時 次郎").getString("id");
        String manual = "{\"learnerId\":\"" + learnerId + "\",\"courseId\":\"" + course.courseId() + "\",\"reason\":\"集合研修で受講\"}";
        learner.post("/api/courses/" + course.courseId() + "/enrolment", "{}");
        learner.post("/api/courses/" + course.courseId() + "/activities/" + course.activityId() + "/events", "{\"type\":\"viewed\"}");

        List<Callable<Reply>> calls = new ArrayList<>();
        calls.add(() -> learner.post("/api/courses/" + course.courseId() + "/activities/" + course.activityId() + "/events",
                "{\"type\":\"marked-done\"}"));
        for (int i = 0; i < 6; i++) {
            calls.add(() -> admin.post("/api/certificates", manual));
        }
        for (Reply r : Parallel.all(calls)) {
            assertTrue(List.of(200, 201, 409).contains(r.status()), r.toString());
        }
        Thread.sleep(500); // the automatic issue runs right after the completion commits
        List<JsonObject> ofCourse = admin.get("/api/certificates?courseId=" + course.courseId()).array().stream()
                .map(JsonValue::asJsonObject).filter(c -> c.getString("learnerId").equals(learnerId)).toList();
        assertEquals(1, ofCourse.stream().filter(c -> c.getString("standing").equals("VALID")).count(), ofCourse.toString());
        assertEquals(1, ofCourse.size(), "losers leave nothing behind");
        // Asking again changes nothing.
        assertEquals(409, admin.post("/api/certificates", manual).status());
    }
}
