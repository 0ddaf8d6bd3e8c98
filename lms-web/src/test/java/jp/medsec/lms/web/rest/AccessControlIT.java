package jp.medsec.lms.web.rest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jp.medsec.lms.web.support.HttpSession;
import jp.medsec.lms.web.support.HttpSession.Reply;
import jp.medsec.lms.web.support.LiveCourses;
import jp.medsec.lms.web.support.LiveCourses.LiveCourse;
import jp.medsec.lms.web.support.Organisation;
import jp.medsec.lms.web.support.Videos;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every endpoint the running application publishes (its OpenAPI document), for every kind of caller: nobody,
 * a learner of hospital A (whose records the ids point at), a learner of clinic B, B's manager, a trainer and an
 * administrator. An endpoint added without a row here fails the test. Ids in paths are always hospital A's, so
 * the B rows prove that other people's records stay closed (no IDOR).
 */
class AccessControlIT {

    enum Who { ANONYMOUS, LEARNER_A, LEARNER_B, MANAGER_B, TRAINER, ADMIN }

    private static Organisation org;

    @BeforeAll
    static void build() {
        org = new Organisation();
    }

    /** One endpoint: how to call it, and the status each caller must get ("2xx" for any success). */
    private record Row(Function<HttpSession, Reply> call, Map<Who, String> expected) {
    }

    private static Map<Who, String> expect(String anonymous, String learnerA, String learnerB, String managerB,
                                           String trainer, String admin) {
        Map<Who, String> m = new LinkedHashMap<>();
        m.put(Who.ANONYMOUS, anonymous);
        m.put(Who.LEARNER_A, learnerA);
        m.put(Who.LEARNER_B, learnerB);
        m.put(Who.MANAGER_B, managerB);
        m.put(Who.TRAINER, trainer);
        m.put(Who.ADMIN, admin);
        return m;
    }

    private static Map<Who, String> everyone(String status) {
        return expect(status, status, status, status, status, status);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String courseDoc() {
        return "{\"slug\":\"acl-" + unique() + "\",\"track\":\"STF\",\"title\":{\"ja\":\"権限\"},\"summary\":{\"ja\":\"権限\"},"
                + "\"minutes\":5,\"modules\":[{\"title\":{\"ja\":\"章\"},\"activities\":[{\"key\":\"p\",\"type\":\"page\","
                + "\"title\":{\"ja\":\"頁\"},\"settings\":{\"markdown\":\"本文\"}}]}]}";
    }

    private static Map<String, Row> table() {
        String course = "/api/courses/" + org.courseId;
        String activity = course + "/activities/" + org.activityId;
        String institution = "/api/institutions/" + org.hospitalA;
        String learner = "/api/learners/" + org.clerkA.id();
        Map<String, Row> t = new LinkedHashMap<>();
        t.put("GET /api/tracks", new Row(s -> s.get("/api/tracks"), everyone("200")));
        t.put("GET /api/tracks/{code}", new Row(s -> s.get("/api/tracks/STF"), everyone("200")));
        t.put("GET /api/courses/{courseId}", new Row(s -> s.get(course), everyone("200")));
        t.put("POST /api/courses", new Row(s -> s.post("/api/courses", courseDoc()), expect("401", "403", "403", "403", "201", "201")));
        t.put("GET /api/courses/{courseId}/progress", new Row(s -> s.get(course + "/progress"), expect("401", "200", "200", "200", "200", "200")));
        t.put("GET /api/courses/{courseId}/activities/{activityId}", new Row(s -> s.get(activity), expect("401", "200", "403", "403", "403", "403")));
        t.put("POST /api/courses/{courseId}/activities/{activityId}/events", new Row(s -> s.post(activity + "/events", "{\"type\":\"viewed\"}"),
                expect("401", "200", "403", "403", "403", "403")));
        t.put("POST /api/courses/{courseId}/enrolment", new Row(s -> s.post(course + "/enrolment", "{}"), expect("401", "2xx", "2xx", "2xx", "2xx", "2xx")));
        // Everyone is enrolled by the row above and nobody completed the course last fiscal year: a conflict, not a new round.
        t.put("POST /api/courses/{courseId}/enrolment/rounds", new Row(s -> s.post(course + "/enrolment/rounds", "{}"),
                expect("401", "409", "409", "409", "409", "409")));
        t.put("GET /api/me/enrolments", new Row(s -> s.get("/api/me/enrolments"), expect("401", "200", "200", "200", "200", "200")));
        t.put("GET /api/account/me", new Row(s -> s.get("/api/account/me"), expect("401", "200", "200", "200", "200", "200")));
        // Registration and login replace the caller's session, logout ends it: each runs in a session of its own.
        t.put("POST /api/account/register", new Row(s -> new HttpSession().post("/api/account/register",
                "{\"email\":\"acl-" + unique() + "@example.jp\",\"password\":\"" + Organisation.PASSWORD + "\",\"fullName\":\"権限 確認\",\"jobCategory\":\"OTHER\"}"),
                everyone("201")));
        t.put("POST /api/account/login", new Row(s -> new HttpSession().post("/api/account/login",
                "{\"email\":\"" + org.nurseA.email() + "\",\"password\":\"" + Organisation.PASSWORD + "\"}"), everyone("200")));
        t.put("POST /api/account/two-factor", new Row(s -> s.post("/api/account/two-factor", "{}"),
                expect("401", "200", "200", "200", "200", "409")));
        t.put("POST /api/account/two-factor/confirm", new Row(s -> s.post("/api/account/two-factor/confirm", "{\"code\":\"000000\"}"),
                expect("401", "400", "400", "400", "400", "400")));
        t.put("DELETE /api/account/two-factor", new Row(s -> s.send("DELETE", "/api/account/two-factor?code=000000"),
                expect("401", "400", "400", "400", "400", "400")));
        t.put("PUT /api/account/language", new Row(s -> s.send("PUT", "/api/account/language", "{\"language\":\"ja\"}"),
                expect("401", "204", "204", "204", "204", "204")));
        t.put("POST /api/account/logout", new Row(s -> new HttpSession().post("/api/account/logout", "{}"), everyone("204")));
        t.put("GET /api/institutions", new Row(s -> s.get("/api/institutions"), expect("401", "403", "403", "200", "403", "200")));
        t.put("POST /api/institutions", new Row(s -> s.post("/api/institutions",
                "{\"name\":\"権限確認病院 " + unique() + "\",\"prefectureCode\":13,\"kind\":\"HOSPITAL\",\"beds\":20}"),
                expect("401", "403", "403", "403", "403", "201")));
        t.put("GET /api/institutions/{institutionId}", new Row(s -> s.get(institution), expect("401", "403", "403", "404", "403", "200")));
        t.put("POST /api/institutions/{institutionId}/departments", new Row(s -> s.post(institution + "/departments",
                "{\"name\":\"部署 " + unique() + "\"}"), expect("401", "403", "403", "404", "403", "201")));
        t.put("GET /api/institutions/{institutionId}/staff", new Row(s -> s.get(institution + "/staff"), expect("401", "403", "403", "404", "403", "200")));
        t.put("POST /api/institutions/{institutionId}/staff/import", new Row(s -> s.postBytes(institution + "/staff/import?dryRun=true",
                ("メールアドレス,氏名\nacl-" + unique() + "@example.jp,権限 確認\n").getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv"),
                expect("401", "403", "403", "404", "403", "200")));
        t.put("GET /api/invitations/{token}", new Row(s -> s.get("/api/invitations/not-a-real-token"), everyone("404")));
        t.put("POST /api/invitations/{token}", new Row(s -> s.post("/api/invitations/not-a-real-token",
                "{\"password\":\"" + Organisation.PASSWORD + "\"}"), everyone("404")));
        t.put("GET /api/staff/{learnerId}", new Row(s -> s.get("/api/staff/" + org.nurseA.id()), expect("401", "403", "403", "404", "403", "200")));
        t.put("GET /api/learners", new Row(s -> s.get("/api/learners?email=" + org.nurseA.email()), expect("401", "403", "403", "403", "403", "200")));
        t.put("PUT /api/learners/{learnerId}/affiliation", new Row(s -> s.send("PUT", learner + "/affiliation",
                "{\"institutionId\":\"" + org.hospitalA + "\",\"departmentId\":\"" + org.clerksA + "\"}"),
                expect("401", "403", "403", "403", "403", "200")));
        t.put("POST /api/learners/{learnerId}/roles", new Row(s -> s.post(learner + "/roles", "{\"role\":\"CERTIFICATE_ADMIN\"}"),
                expect("401", "403", "403", "403", "403", "200")));
        t.put("DELETE /api/learners/{learnerId}/roles", new Row(s -> s.send("DELETE", learner + "/roles?role=CERTIFICATE_ADMIN"),
                expect("401", "403", "403", "403", "403", "200")));
        // Identity provider settings: administrators only. PUT comes first so GET and DELETE find one.
        String idp = institution + "/identity-provider";
        t.put("PUT /api/institutions/{institutionId}/identity-provider", new Row(s -> s.send("PUT", idp,
                "{\"issuer\":\"http://localhost:9/acl\",\"clientId\":\"acl\",\"clientSecret\":\"acl-secret\",\"displayName\":\"院内ID\"}"),
                expect("401", "403", "403", "403", "403", "200")));
        t.put("GET /api/institutions/{institutionId}/identity-provider", new Row(s -> s.get(idp), expect("401", "403", "403", "403", "403", "200")));
        t.put("DELETE /api/institutions/{institutionId}/identity-provider", new Row(s -> s.send("DELETE", idp),
                expect("401", "403", "403", "403", "403", "204")));
        // Login through an identity provider: browser navigations that answer with a redirect, also on failure.
        t.put("GET /api/sso/providers", new Row(s -> s.get("/api/sso/providers"), everyone("200")));
        t.put("GET /api/sso/{providerId}/login", new Row(s -> s.get("/api/sso/no-such-provider/login"), everyone("303")));
        t.put("GET /api/sso/callback", new Row(s -> s.get("/api/sso/callback?code=x&state=y"), everyone("303")));
        // The quiz of the course everyone has enrolled in by now (row above), and an attempt of A's, which is
        // nobody else's business: 404 for them, as if it did not exist.
        String quizActivity = new HttpSession().get(course).json().getJsonArray("modules").stream()
                .flatMap(m -> m.asJsonObject().getJsonArray("activities").stream()).map(jakarta.json.JsonValue::asJsonObject)
                .filter(a -> a.getString("type").equals("quiz")).findFirst().orElseThrow().getString("id");
        String quiz = course + "/activities/" + quizActivity + "/quiz";
        String attempt = quiz + "/attempts/" + org.nurseA.session().post(quiz + "/attempts", "{}").json().getString("id");
        t.put("GET /api/courses/{courseId}/activities/{activityId}/quiz", new Row(s -> s.get(quiz), expect("401", "200", "200", "200", "200", "200")));
        t.put("POST /api/courses/{courseId}/activities/{activityId}/quiz/attempts", new Row(s -> s.post(quiz + "/attempts", "{}"),
                expect("401", "200", "200", "200", "200", "200")));
        t.put("GET /api/courses/{courseId}/activities/{activityId}/quiz/attempts/{attemptId}", new Row(s -> s.get(attempt),
                expect("401", "200", "404", "404", "404", "404")));
        t.put("PUT /api/courses/{courseId}/activities/{activityId}/quiz/attempts/{attemptId}/answers", new Row(s -> s.send("PUT",
                attempt + "/answers", "{\"revision\":0,\"answers\":{}}"), expect("401", "200", "404", "404", "404", "404")));
        t.put("POST /api/courses/{courseId}/activities/{activityId}/quiz/attempts/{attemptId}/submit", new Row(s -> s.post(attempt + "/submit", "{}"),
                expect("401", "200", "404", "404", "404", "404")));
        // Immediate feedback: only the attempt's learner; this seeded quiz gives deferred feedback, so she gets 409.
        t.put("POST /api/courses/{courseId}/activities/{activityId}/quiz/attempts/{attemptId}/check", new Row(s -> s.post(attempt + "/check",
                "{\"revision\":0,\"slot\":1,\"response\":{}}"), expect("401", "409", "404", "404", "404", "404")));
        // The question bank, answers included: trainers and administrators only.
        t.put("GET /api/courses/{courseId}/activities/{activityId}/quiz/report", new Row(s -> s.get(quiz + "/report"),
                expect("401", "403", "403", "403", "200", "200")));
        t.put("GET /api/courses/{courseId}/activities/{activityId}/quiz/report/attempts.csv", new Row(s -> s.get(quiz
                + "/report/attempts.csv", "text/csv"), expect("401", "403", "403", "403", "200", "200")));
        String overrides = quiz + "/overrides";
        t.put("GET /api/courses/{courseId}/activities/{activityId}/quiz/overrides", new Row(s -> s.get(overrides),
                expect("401", "403", "403", "403", "200", "200")));
        t.put("POST /api/courses/{courseId}/activities/{activityId}/quiz/overrides", new Row(s -> s.post(overrides,
                "{\"learnerEmail\":\"" + org.clerkA.email() + "\",\"attempts\":5,\"reason\":\"権限確認\"}"),
                expect("401", "403", "403", "403", "200", "200")));
        t.put("DELETE /api/courses/{courseId}/activities/{activityId}/quiz/overrides/{overrideId}", new Row(s -> s.send("DELETE",
                overrides + "/none"), expect("401", "403", "403", "403", "404", "404")));
        t.put("POST /api/courses/{courseId}/activities/{activityId}/quiz/regrade", new Row(s -> s.post(quiz + "/regrade?dryRun=true", "{}"),
                expect("401", "403", "403", "403", "200", "200")));
        // Grading essays: trainers (of the track) and administrators; an unknown attempt is 404 for them.
        t.put("GET /api/courses/{courseId}/activities/{activityId}/quiz/grading", new Row(s -> s.get(quiz + "/grading"),
                expect("401", "403", "403", "403", "200", "200")));
        t.put("PUT /api/courses/{courseId}/activities/{activityId}/quiz/grading/{attemptId}/slots/{slot}", new Row(s -> s.send("PUT",
                quiz + "/grading/none/slots/1", "{\"version\":1,\"mark\":1}"), expect("401", "403", "403", "403", "404", "404")));
        // Preview: trainers (of the track) and administrators, without enrolling; attempts live in the session, so
        // another session's (or an unknown) attempt id is 404.
        String preview = quiz + "/preview";
        t.put("GET /api/courses/{courseId}/activities/{activityId}/quiz/preview", new Row(s -> s.get(preview),
                expect("401", "403", "403", "403", "200", "200")));
        t.put("POST /api/courses/{courseId}/activities/{activityId}/quiz/preview/attempts", new Row(s -> s.post(preview + "/attempts", "{}"),
                expect("401", "403", "403", "403", "200", "200")));
        t.put("GET /api/courses/{courseId}/activities/{activityId}/quiz/preview/attempts/{attemptId}", new Row(s -> s.get(preview
                + "/attempts/none"), expect("401", "403", "403", "403", "404", "404")));
        t.put("PUT /api/courses/{courseId}/activities/{activityId}/quiz/preview/attempts/{attemptId}/answers", new Row(s -> s.send("PUT",
                preview + "/attempts/none/answers", "{\"revision\":0,\"answers\":{}}"), expect("401", "403", "403", "403", "404", "404")));
        t.put("POST /api/courses/{courseId}/activities/{activityId}/quiz/preview/attempts/{attemptId}/submit", new Row(s -> s.post(preview
                + "/attempts/none/submit", "{}"), expect("401", "403", "403", "403", "404", "404")));
        t.put("POST /api/courses/{courseId}/activities/{activityId}/quiz/preview/attempts/{attemptId}/check", new Row(s -> s.post(preview
                + "/attempts/none/check", "{\"revision\":0,\"slot\":1,\"response\":{}}"), expect("401", "403", "403", "403", "404", "404")));
        // Building the quiz: trainers who keep the bank; a revision that is not the current one is refused, so this
        // table never changes the seeded quiz.
        t.put("GET /api/courses/{courseId}/activities/{activityId}/quiz/settings", new Row(s -> s.get(quiz + "/settings"),
                expect("401", "403", "403", "403", "200", "200")));
        t.put("PUT /api/courses/{courseId}/activities/{activityId}/quiz/settings", new Row(s -> s.send("PUT", quiz + "/settings",
                "{\"basedOnRevision\":\"none\",\"settings\":{}}"), expect("401", "403", "403", "403", "409", "409")));
        String bankQuestion = org.admin.get("/api/quiz/bank/questions?tag=STF").array().getJsonObject(0).getString("id");
        t.put("POST /api/quiz/bank/import", new Row(s -> s.postBytes("/api/quiz/bank/import?format=gift&dryRun=true",
                "::権限::確認{T}".getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/plain"), expect("401", "403", "403", "403", "200", "200")));
        t.put("GET /api/quiz/bank/questions", new Row(s -> s.get("/api/quiz/bank/questions?tag=STF"), expect("401", "403", "403", "403", "200", "200")));
        t.put("GET /api/quiz/bank/questions/{questionId}", new Row(s -> s.get("/api/quiz/bank/questions/" + bankQuestion),
                expect("401", "403", "403", "403", "200", "200")));
        t.put("PUT /api/quiz/bank/questions/{questionId}", new Row(s -> s.send("PUT", "/api/quiz/bank/questions/" + bankQuestion,
                "{\"basedOnVersion\":0,\"question\":{}}"), expect("401", "403", "403", "403", "400", "400")));
        t.put("GET /api/quiz/bank/export", new Row(s -> s.get("/api/quiz/bank/export?tag=STF", "application/xml"), expect("401", "403", "403", "403", "200", "200")));
        // Certificates: A's own are A's (others 404); administration is for certificate administrators (and ADMIN);
        // verification, the issuer's key and the revocation list are public.
        String certA = org.admin.post("/api/certificates", "{\"learnerId\":\"" + org.nurseA.id() + "\",\"courseId\":\""
                + org.courseId + "\",\"reason\":\"権限確認\"}").json().getString("id");
        JsonObject certM = org.admin.post("/api/certificates", "{\"learnerId\":\"" + org.managerA.id() + "\",\"courseId\":\""
                + org.courseId + "\",\"reason\":\"権限確認\"}").json();
        String codeM = certM.getString("verificationUrl").replaceAll(".*code=", "");
        t.put("GET /api/me/certificates", new Row(s -> s.get("/api/me/certificates"), expect("401", "200", "200", "200", "200", "200")));
        t.put("GET /api/me/certificates/{certificateId}/pdf", new Row(s -> s.get("/api/me/certificates/" + certA + "/pdf", "application/pdf"),
                expect("401", "200", "404", "404", "404", "404")));
        t.put("GET /api/me/certificates/{certificateId}/credential", new Row(s -> s.get("/api/me/certificates/" + certA + "/credential"),
                expect("401", "200", "404", "404", "404", "404")));
        t.put("GET /api/certificates", new Row(s -> s.get("/api/certificates"), expect("401", "403", "403", "403", "403", "200")));
        t.put("POST /api/certificates", new Row(s -> s.post("/api/certificates", "{\"learnerId\":\"" + org.clerkA.id()
                + "\",\"courseId\":\"" + org.courseId + "\",\"reason\":\"権限確認\"}"), expect("401", "403", "403", "403", "403", "201")));
        t.put("POST /api/certificates/{certificateId}/reissue", new Row(s -> s.post("/api/certificates/" + certM.getString("id") + "/reissue",
                "{\"reason\":\"氏名の変更\"}"), expect("401", "403", "403", "403", "403", "201")));
        t.put("POST /api/certificates/{certificateId}/revoke", new Row(s -> s.post("/api/certificates/" + certA + "/revoke",
                "{\"reason\":\"権限確認\"}"), expect("401", "403", "403", "403", "403", "200")));
        t.put("PUT /api/me/certificates/{certificateId}/privacy", new Row(s -> s.send("PUT", "/api/me/certificates/" + certA + "/privacy",
                "{\"showInstitution\":false}"), expect("401", "200", "404", "404", "404", "404")));
        t.put("GET /api/me/certificates/requests", new Row(s -> s.get("/api/me/certificates/requests"), expect("401", "200", "200", "200", "200", "200")));
        t.put("POST /api/certificates/bulk", new Row(s -> s.post("/api/certificates/bulk", "{\"courseId\":\"" + org.courseId
                + "\",\"dryRun\":true}"), expect("401", "403", "403", "403", "403", "200")));
        t.put("GET /api/certificates/export", new Row(s -> s.get("/api/certificates/export?courseId=" + org.courseId, "application/zip"),
                expect("401", "403", "403", "403", "403", "200")));
        t.put("GET /api/certificates/requests", new Row(s -> s.get("/api/certificates/requests"), expect("401", "403", "403", "403", "403", "200")));
        t.put("POST /api/certificates/requests/{requestId}/approve", new Row(s -> s.post("/api/certificates/requests/none/approve", "{}"),
                expect("401", "403", "403", "403", "403", "404")));
        t.put("POST /api/certificates/requests/{requestId}/reject", new Row(s -> s.post("/api/certificates/requests/none/reject",
                "{\"reason\":\"権限確認\"}"), expect("401", "403", "403", "403", "403", "404")));
        // Managers: their own staff's certificates; ids are hospital A's, so B's manager gets 404.
        String institutionCertificates = "/api/institutions/" + org.hospitalA + "/certificates";
        t.put("GET /api/institutions/{institutionId}/certificates", new Row(s -> s.get(institutionCertificates),
                expect("401", "403", "403", "404", "403", "200")));
        t.put("GET /api/institutions/{institutionId}/certificates/export", new Row(s -> s.get(institutionCertificates + "/export",
                "application/zip"), expect("401", "403", "403", "404", "403", "200")));
        t.put("GET /api/institutions/{institutionId}/certificates/{certificateId}/pdf", new Row(s -> s.get(institutionCertificates
                + "/" + certM.getString("id") + "/pdf", "application/pdf"), expect("401", "403", "403", "404", "403", "200")));
        t.put("GET /api/verify/{code}", new Row(s -> s.get("/api/verify/" + codeM), everyone("200")));
        t.put("GET /api/credentials/issuer", new Row(s -> s.get("/api/credentials/issuer"), everyone("200")));
        t.put("GET /api/credentials/status-list", new Row(s -> s.get("/api/credentials/status-list"), everyone("200")));
        // Video activities: uploads and the media library for course authors; a course's video and subtitles for
        // its enrolled learners (others 403, as for the activity) and for authors, who may preview.
        String videoFile = Videos.uploadVideo(org.trainer.session());
        Videos.VideoCourse videoCourse = Videos.course("権限確認の動画", videoFile, Videos.uploadSubtitles(org.trainer.session()));
        check(org.nurseA.session().post("/api/courses/" + videoCourse.courseId() + "/enrolment", "{}"));
        t.put("POST /api/media/videos", new Row(s -> s.postBytes("/api/media/videos?name=acl.webm", Videos.video(), "video/webm"),
                expect("401", "403", "403", "403", "201", "201")));
        t.put("POST /api/media/subtitles", new Row(s -> s.postBytes("/api/media/subtitles?name=acl.vtt", Videos.resource("test-ja.vtt"), "text/vtt"),
                expect("401", "403", "403", "403", "201", "201")));
        t.put("GET /api/media", new Row(s -> s.get("/api/media"), expect("401", "403", "403", "403", "200", "200")));
        t.put("GET /api/media/{fileId}", new Row(s -> s.get("/api/media/" + videoFile, "video/webm"), expect("401", "403", "403", "403", "200", "200")));
        t.put("GET /api/courses/{courseId}/activities/{activityId}/video", new Row(s -> s.get(videoCourse.video() + "/video", "video/webm"),
                expect("401", "200", "403", "403", "200", "200")));
        t.put("GET /api/courses/{courseId}/activities/{activityId}/subtitles/{lang}", new Row(s -> s.get(videoCourse.video() + "/subtitles/ja", "text/vtt"),
                expect("401", "200", "403", "403", "200", "200")));
        // Live sessions of a course A's nurse is enrolled in (no one else is): learners act for themselves, managers
        // for their staff (B's manager: 404 for A's nurse), trainers and administrators run the sessions.
        LiveCourse live = LiveCourses.create("権限 ライブ講習", true);
        check(org.nurseA.session().post("/api/courses/" + live.courseId() + "/enrolment", "{}"), 201);
        String soon = LiveCourses.schedule(live, java.time.Duration.ofMinutes(10), 10);
        String later = LiveCourses.schedule(live, java.time.Duration.ofDays(2), 10);
        String started = LiveCourses.schedule(live, java.time.Duration.ofMinutes(-5), 10);
        check(org.nurseA.session().post(live.session(soon) + "/application", "{}"), 200);
        check(org.nurseA.session().post(live.session(started) + "/application", "{}"), 200);
        String feedUrl = org.nurseA.session().post("/api/me/calendar/feed", "{}").json().getString("url");
        String feed = feedUrl.substring(feedUrl.indexOf("/api/calendar/"));
        String staffBody = "{\"learnerId\":\"" + org.nurseA.id() + "\"}";
        t.put("GET /api/courses/{courseId}/activities/{activityId}/live", new Row(s -> s.get(live.base()), expect("401", "200", "403", "403", "403", "403")));
        t.put("POST /api/courses/{courseId}/activities/{activityId}/live/sessions/{sessionId}/application", new Row(s -> s.post(live.session(later) + "/application", "{}"),
                expect("401", "200", "403", "403", "403", "403")));
        t.put("DELETE /api/courses/{courseId}/activities/{activityId}/live/sessions/{sessionId}/application", new Row(s -> s.send("DELETE", live.session(later) + "/application"),
                expect("401", "200", "403", "403", "403", "403")));
        t.put("POST /api/courses/{courseId}/activities/{activityId}/live/sessions/{sessionId}/join", new Row(s -> s.post(live.session(soon) + "/join", "{}"),
                expect("401", "200", "403", "403", "403", "403")));
        t.put("POST /api/courses/{courseId}/activities/{activityId}/live/sessions/{sessionId}/registrations", new Row(s -> s.post(live.session(later) + "/registrations", staffBody),
                expect("401", "403", "403", "404", "403", "200")));
        t.put("DELETE /api/courses/{courseId}/activities/{activityId}/live/sessions/{sessionId}/registrations/{learnerId}", new Row(s -> s.send("DELETE",
                live.session(later) + "/registrations/" + org.nurseA.id()), expect("401", "403", "403", "404", "403", "200")));
        t.put("GET /api/courses/{courseId}/activities/{activityId}/live/sessions/{sessionId}/registrations", new Row(s -> s.get(live.session(soon) + "/registrations"),
                expect("401", "403", "403", "200", "200", "200")));
        t.put("GET /api/courses/{courseId}/activities/{activityId}/live/sessions", new Row(s -> s.get(live.base() + "/sessions"),
                expect("401", "403", "403", "200", "200", "200")));
        t.put("POST /api/courses/{courseId}/activities/{activityId}/live/sessions", new Row(s -> s.post(live.base() + "/sessions",
                LiveCourses.session(java.time.Duration.ofDays(4), 5).build().toString()), expect("401", "403", "403", "403", "201", "201")));
        t.put("PUT /api/courses/{courseId}/activities/{activityId}/live/sessions/{sessionId}", new Row(s -> s.send("PUT", live.session(later),
                LiveCourses.session(java.time.Duration.ofDays(3), 20).build().toString()), expect("401", "403", "403", "403", "200", "200")));
        t.put("POST /api/courses/{courseId}/activities/{activityId}/live/sessions/{sessionId}/cancel", new Row(s -> s.post(
                live.session(LiveCourses.schedule(live, java.time.Duration.ofDays(5), 5)) + "/cancel", "{\"reason\":\"権限確認\"}"),
                expect("401", "403", "403", "403", "200", "200")));
        t.put("POST /api/courses/{courseId}/activities/{activityId}/live/sessions/{sessionId}/held", new Row(s -> s.post(
                live.session(LiveCourses.schedule(live, java.time.Duration.ofMinutes(-5), 5)) + "/held", "{}"),
                expect("401", "403", "403", "403", "200", "200")));
        t.put("POST /api/courses/{courseId}/activities/{activityId}/live/sessions/{sessionId}/recording-available", new Row(s -> {
            String held = LiveCourses.schedule(live, java.time.Duration.ofMinutes(-5), 5);
            check(org.admin.post(live.session(held) + "/held", "{}"), 200);
            return s.post(live.session(held) + "/recording-available", "{}");
        }, expect("401", "403", "403", "403", "200", "200")));
        t.put("POST /api/courses/{courseId}/activities/{activityId}/live/sessions/{sessionId}/attendance", new Row(s -> s.postBytes(
                live.session(started) + "/attendance?dryRun=true", ("メールアドレス,参加時刻,時間(分)\n" + org.nurseA.email() + ",2026/01/01 10:00,50\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv"), expect("401", "403", "403", "403", "200", "200")));
        t.put("PUT /api/courses/{courseId}/activities/{activityId}/live/sessions/{sessionId}/registrations/{learnerId}/attendance", new Row(s -> s.send("PUT",
                live.session(started) + "/registrations/" + org.nurseA.id() + "/attendance", "{\"minutes\":30,\"reason\":\"権限確認\"}"),
                expect("401", "403", "403", "403", "200", "200")));
        t.put("GET /api/live/activities", new Row(s -> s.get("/api/live/activities"), expect("401", "403", "403", "200", "200", "200")));
        t.put("GET /api/calendar/{token}.ics", new Row(s -> s.get(feed, "text/calendar"), everyone("200")));
        t.put("GET /api/me/calendar", new Row(s -> s.get("/api/me/calendar", "text/calendar"), expect("401", "200", "200", "200", "200", "200")));
        t.put("GET /api/me/calendar/feed", new Row(s -> s.get("/api/me/calendar/feed"), expect("401", "200", "200", "200", "200", "200")));
        t.put("POST /api/me/calendar/feed", new Row(s -> s.post("/api/me/calendar/feed", "{}"), expect("401", "200", "200", "200", "200", "200")));
        t.put("DELETE /api/me/calendar/feed", new Row(s -> s.send("DELETE", "/api/me/calendar/feed"), expect("401", "204", "204", "204", "204", "204")));
        t.put("GET /api/audit", new Row(s -> s.get("/api/audit"), expect("401", "403", "403", "403", "403", "200")));
        // The mail outbox: administrators only (a retry of an unknown mail is 404 for them, refused for others).
        t.put("GET /api/admin/mail", new Row(s -> s.get("/api/admin/mail?status=FAILED"), expect("401", "403", "403", "403", "403", "200")));
        t.put("POST /api/admin/mail/{mailId}/retry", new Row(s -> s.post("/api/admin/mail/" + UUID.randomUUID() + "/retry", "{}"),
                expect("401", "403", "403", "403", "403", "404")));
        t.put("POST /api/admin/mail/test", new Row(s -> s.post("/api/admin/mail/test", "{\"to\":\"acl-" + unique() + "@example.jp\"}"),
                expect("401", "403", "403", "403", "403", "202")));
        t.put("GET /api/capabilities", new Row(s -> s.get("/api/capabilities"), expect("401", "403", "403", "403", "403", "200")));
        return t;
    }

    /**
     * Endpoints outside /api, which the OpenAPI document does not list: checked for every caller the same way, but kept
     * apart so the comparison with the published operations above stays exact.
     */
    private static Map<String, Row> outsideApi() {
        Map<String, Row> t = new LinkedHashMap<>();
        // The issuer's did:web document: public, over https only (where a did:web resolver fetches it).
        t.put("GET /.well-known/did.json", new Row(s -> s.getHttps("/.well-known/did.json"), everyone("200")));
        t.put("GET /.well-known/did.json over http", new Row(s -> s.get("/.well-known/did.json"), everyone("404")));
        return t;
    }

    private static void check(Reply reply) {
        assertTrue(reply.status() / 100 == 2, reply.toString());
    }

    private static void check(Reply reply, int status) {
        if (reply.status() != status) {
            throw new AssertionError("expected " + status + ": " + reply);
        }
    }

    private static HttpSession session(Who who) {
        return switch (who) {
            case ANONYMOUS -> new HttpSession();
            case LEARNER_A -> org.nurseA.session();
            case LEARNER_B -> org.staffB.session();
            case MANAGER_B -> org.managerB.session();
            case TRAINER -> org.trainer.session();
            case ADMIN -> org.admin;
        };
    }

    /** "GET /api/tracks/{code}" for every operation in the running application's OpenAPI document. */
    private static Set<String> publishedOperations() {
        Reply openapi = new HttpSession().get("/openapi?format=JSON");
        assertEquals(200, openapi.status());
        JsonObject paths;
        try (var reader = Json.createReader(new StringReader(openapi.body()))) {
            paths = reader.readObject().getJsonObject("paths");
        }
        Set<String> operations = new TreeSet<>();
        paths.forEach((path, item) -> ((JsonObject) item).keySet().stream()
                .filter(m -> Set.of("get", "put", "post", "delete", "patch").contains(m))
                .forEach(m -> operations.add(m.toUpperCase() + " " + path)));
        return operations;
    }

    @Test
    void everyPublishedEndpointHasARuleAndEveryCallerGetsIt() {
        Map<String, Row> table = table();
        Set<String> published = publishedOperations();
        Set<String> missing = new TreeSet<>(published);
        missing.removeAll(table.keySet());
        assertEquals(Set.of(), missing, "endpoints without an access rule in this test");
        Set<String> stale = new TreeSet<>(table.keySet());
        stale.removeAll(published);
        assertEquals(Set.of(), stale, "rules for endpoints that no longer exist");

        List<String> wrong = new ArrayList<>();
        table.putAll(outsideApi());
        table.forEach((operation, row) -> row.expected().forEach((who, expected) -> {
            Reply reply = row.call().apply(session(who));
            String status = String.valueOf(reply.status());
            boolean ok = expected.equals("2xx") ? status.startsWith("2") : expected.equals(status);
            if (!ok) {
                wrong.add(operation + " as " + who + ": expected " + expected + ", got " + status + " " + reply.body());
            }
            if (reply.status() >= 400 && !reply.isProblem()) {
                wrong.add(operation + " as " + who + ": " + status + " without problem details");
            }
        }));
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }
}
