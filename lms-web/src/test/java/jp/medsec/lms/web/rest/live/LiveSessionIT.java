package jp.medsec.lms.web.rest.live;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jp.medsec.lms.web.support.HttpSession;
import jp.medsec.lms.web.support.HttpSession.Reply;
import jp.medsec.lms.web.support.LiveCourses;
import jp.medsec.lms.web.support.LiveCourses.LiveCourse;
import jp.medsec.lms.web.support.Organisation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Live sessions over HTTP: applying, the waitlist, managers, the meeting link, calendars, attendance and errors. */
class LiveSessionIT {

    private static final DateTimeFormatter REPORT_TIME = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm:ss").withZone(ZoneId.of("Asia/Tokyo"));
    private static final DateTimeFormatter ICS_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss").withZone(ZoneId.of("Asia/Tokyo"));
    private static HttpSession admin;

    @BeforeAll
    static void administrator() {
        admin = HttpSession.administrator();
    }

    private static JsonObject mine(HttpSession learner, LiveCourse course, String sessionId) {
        Reply overview = learner.get(course.base());
        assertEquals(200, overview.status(), overview.toString());
        return overview.json().getJsonArray("sessions").stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getJsonObject("session").getString("id").equals(sessionId)).findFirst().orElseThrow();
    }

    private static String status(JsonObject learnerSession) {
        return learnerSession.containsKey("myStatus") ? learnerSession.getString("myStatus") : "NONE";
    }

    private static void assertProblem(Reply reply, int status, String code) {
        assertEquals(status, reply.status(), reply.toString());
        assertTrue(reply.isProblem(), reply.toString());
        assertEquals("/problems/" + code, reply.json().getString("type"), reply.toString());
    }

    @Test
    void learnersApplyAreWaitlistedInOrderAndTheFirstWaitingIsPromotedWhenSomeoneCancels() {
        LiveCourse course = LiveCourses.create("ライブ講習 待機");
        String session = LiveCourses.schedule(course, Duration.ofDays(3), 2);
        HttpSession a = LiveCourses.enrolledLearner(course, "申込 一");
        HttpSession b = LiveCourses.enrolledLearner(course, "申込 二");
        HttpSession c = LiveCourses.enrolledLearner(course, "申込 三");
        HttpSession d = LiveCourses.enrolledLearner(course, "申込 四");
        String apply = course.session(session) + "/application";

        assertEquals("REGISTERED", a.post(apply, "{}").json().getString("myStatus"));
        JsonObject bView = b.post(apply, "{}").json();
        assertEquals("REGISTERED", bView.getString("myStatus"));
        assertEquals(0, bView.getJsonObject("session").getInt("placesLeft"));
        JsonObject cView = c.post(apply, "{}").json();
        assertEquals("WAITLISTED", cView.getString("myStatus"));
        assertEquals(1, cView.getInt("waitlistPosition"));
        assertEquals(2, d.post(apply, "{}").json().getInt("waitlistPosition"));
        assertProblem(c.post(apply, "{}"), 409, "live.registration.already-waitlisted");
        assertProblem(a.post(apply, "{}"), 409, "live.registration.already-registered");

        JsonObject seenByA = mine(a, course, session);
        assertTrue(seenByA.getJsonObject("session").getJsonObject("when").getString("ja").endsWith("JST"), seenByA.toString());
        assertFalse(seenByA.containsKey("meetingUrl"), "three days ahead, even a registered learner does not see the link");
        assertTrue(seenByA.getBoolean("canCancel"));

        // A cancels: C, first in line, gets the place; D moves up.
        assertEquals("CANCELLED", a.send("DELETE", apply).json().getString("myStatus"));
        assertEquals("REGISTERED", status(mine(c, course, session)));
        assertEquals(1, mine(d, course, session).getInt("waitlistPosition"));
        // A applies again and goes to the back of the line.
        JsonObject again = a.post(apply, "{}").json();
        assertEquals("WAITLISTED", again.getString("myStatus"));
        assertEquals(2, again.getInt("waitlistPosition"));
        assertProblem(a.send("DELETE", course.session("no-such-session") + "/application"), 404, "live.session.not-found");

        // Registrations in the administrator's list: two places, two waiting in order.
        JsonArray rows = admin.get(course.session(session) + "/registrations").array();
        assertEquals(4, rows.size());
        assertEquals(2, rows.stream().map(JsonValue::asJsonObject).filter(r -> r.getString("status").equals("REGISTERED")).count());

        // Raising the capacity promotes the first waiting (D).
        JsonObject body = LiveCourses.session(Duration.ofDays(3), 3).build();
        JsonObject current = admin.get(course.base() + "/sessions").array().getJsonObject(0).getJsonObject("session");
        String edited = jakarta.json.Json.createObjectBuilder(body).add("start", current.getString("start"))
                .add("end", current.getString("end")).add("applicationsClose", current.getString("applicationsClose")).build().toString();
        assertEquals(200, admin.send("PUT", course.session(session), edited).status());
        assertEquals("REGISTERED", status(mine(d, course, session)));
        assertEquals(1, mine(a, course, session).getInt("waitlistPosition"));
        // Fewer places than taken is refused: nobody loses a promised place.
        String fewer = jakarta.json.Json.createObjectBuilder(jakarta.json.Json.createReader(new java.io.StringReader(edited)).readObject())
                .add("capacity", 1).build().toString();
        assertProblem(admin.send("PUT", course.session(session), fewer), 409, "live.session.capacity-below-registered");

        // A learner not enrolled in the course is told to enrol.
        HttpSession stranger = new HttpSession();
        stranger.registerLearner("未登録 者");
        assertProblem(stranger.post(apply, "{}"), 403, "enrolment.required");
    }

    @Test
    void managersApplyForTheirOwnStaffOnlyAndSeeOnlyTheirStaff() {
        Organisation org = new Organisation();
        LiveCourse course = LiveCourses.create("ライブ講習 代理申込");
        String session = LiveCourses.schedule(course, Duration.ofDays(5), 10);
        String registrations = course.session(session) + "/registrations";

        Reply forNurse = org.managerA.session().post(registrations, "{\"learnerId\":\"" + org.nurseA.id() + "\"}");
        assertEquals(200, forNurse.status(), forNurse.toString());
        assertEquals("REGISTERED", forNurse.json().getString("myStatus"));
        // The nurse was enrolled by it and sees the place as theirs.
        assertEquals("REGISTERED", status(mine(org.nurseA.session(), course, session)));
        // Another institution's manager, and a department's manager for another department: as if nobody existed.
        assertProblem(org.managerB.session().post(registrations, "{\"learnerId\":\"" + org.clerkA.id() + "\"}"), 404, "learner.not-found");
        assertProblem(org.nursingManagerA.session().post(registrations, "{\"learnerId\":\"" + org.clerkA.id() + "\"}"), 404, "learner.not-found");
        // The nurse's own department manager is in scope: told the nurse already has a place.
        assertProblem(org.nursingManagerA.session().post(registrations, "{\"learnerId\":\"" + org.nurseA.id() + "\"}"), 409,
                "live.registration.already-registered");
        assertEquals(403, org.nurseA.session().post(registrations, "{\"learnerId\":\"" + org.clerkA.id() + "\"}").status());
        assertProblem(org.managerA.session().post(registrations, "{}"), 400, "validation.failed");

        // A learner of another institution applies too. Lists: the administrator sees both, each manager only their staff.
        HttpSession staffB = org.staffB.session();
        assertEquals(201, staffB.post("/api/courses/" + course.courseId() + "/enrolment", "{}").status());
        assertEquals(200, staffB.post(course.session(session) + "/application", "{}").status());
        assertEquals(2, admin.get(registrations).array().size());
        JsonArray seenByA = org.managerA.session().get(registrations).array();
        assertEquals(1, seenByA.size());
        assertTrue(seenByA.getJsonObject(0).getBoolean("appliedByManager"));
        assertEquals(org.staffB.id(), org.managerB.session().get(registrations).array().getJsonObject(0).getString("learnerId"));
        assertEquals(1, org.managerB.session().get(registrations).array().size());
        assertEquals(403, org.nurseA.session().get(registrations).status());

        // Managers see the dates and counts to plan with, never the meeting link.
        JsonObject planned = org.managerA.session().get(course.base() + "/sessions").array().getJsonObject(0);
        assertEquals(2, planned.getJsonObject("session").getInt("registered"));
        assertFalse(planned.containsKey("meetingUrl"), planned.toString());
        assertTrue(admin.get(course.base() + "/sessions").array().getJsonObject(0).containsKey("meetingUrl"));
        assertTrue(org.managerA.session().get("/api/live/activities").array().stream().map(JsonValue::asJsonObject)
                .anyMatch(a -> a.getString("activityId").equals(course.activityId()) && !a.getBoolean("runsSessions")));
        assertProblem(org.managerA.session().post(course.base() + "/sessions", LiveCourses.session(Duration.ofDays(9), 5).build().toString()),
                403, "auth.forbidden");
        assertProblem(org.managerB.session().send("DELETE", registrations + "/" + org.nurseA.id()), 404, "learner.not-found");
        Reply cancelled = org.managerA.session().send("DELETE", registrations + "/" + org.nurseA.id());
        assertEquals("CANCELLED", cancelled.json().getString("myStatus"));
        assertTrue(admin.get("/api/audit?action=live.registration.applied-for-staff").body().contains(org.nurseA.id()));
        assertTrue(admin.get("/api/audit?action=live.registration.cancelled-for-staff").body().contains(org.nurseA.id()));
    }

    @Test
    void theMeetingLinkShowsOnlyToRegisteredLearnersShortlyBeforeTheStart() {
        LiveCourse course = LiveCourses.create("ライブ講習 リンク");
        String soon = LiveCourses.schedule(course, Duration.ofMinutes(10), 1);
        String later = LiveCourses.schedule(course, Duration.ofHours(2), 5);
        HttpSession registered = LiveCourses.enrolledLearner(course, "参加 太郎");
        HttpSession waiting = LiveCourses.enrolledLearner(course, "待機 次郎");
        HttpSession bystander = LiveCourses.enrolledLearner(course, "閲覧 三郎");
        assertEquals(200, registered.post(course.session(soon) + "/application", "{}").status());
        assertEquals("WAITLISTED", waiting.post(course.session(soon) + "/application", "{}").json().getString("myStatus"));
        assertEquals(200, registered.post(course.session(later) + "/application", "{}").status());

        JsonObject near = mine(registered, course, soon);
        assertEquals("https://zoom.example.jp/j/123456789?pwd=abc", near.getString("meetingUrl"));
        assertFalse(mine(registered, course, later).containsKey("meetingUrl"), "two hours ahead: not yet");
        assertFalse(mine(waiting, course, soon).containsKey("meetingUrl"), "waitlisted: no link");
        assertFalse(mine(bystander, course, soon).containsKey("meetingUrl"), "not registered: no link");
        assertFalse(bystander.get(course.base()).body().contains("zoom.example.jp"));
        assertFalse(registered.get("/api/me/calendar", "text/calendar").body().contains("zoom.example.jp"), "never in a calendar");

        assertProblem(waiting.post(course.session(soon) + "/join", "{}"), 409, "live.session.link-not-available");
        assertProblem(registered.post(course.session(later) + "/join", "{}"), 409, "live.session.link-not-available");
        Reply joined = registered.post(course.session(soon) + "/join", "{}");
        assertEquals("https://zoom.example.jp/j/123456789?pwd=abc", joined.json().getString("meetingUrl"));
        assertTrue(mine(registered, course, soon).getBoolean("joined"));
        JsonObject row = admin.get(course.session(soon) + "/registrations").array().stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("status").equals("REGISTERED")).findFirst().orElseThrow();
        assertTrue(row.containsKey("joinedAt"), "the join is recorded as presence");
        assertFalse(row.containsKey("attendanceMinutes"), "a click is not minutes");
    }

    @Test
    void theCalendarHasJapanTimesAndTheFeedAddressDiesWhenRenewed() {
        LiveCourse course = LiveCourses.create("ライブ講習 カレンダー");
        String session = LiveCourses.schedule(course, Duration.ofDays(2), 5);
        HttpSession learner = LiveCourses.enrolledLearner(course, "暦 花子");
        assertEquals(200, learner.post(course.session(session) + "/application", "{}").status());
        Instant start = Instant.parse(admin.get(course.base() + "/sessions").array().getJsonObject(0).getJsonObject("session").getString("start"));

        Reply file = learner.get("/api/me/calendar", "text/calendar");
        assertEquals(200, file.status(), file.toString());
        assertTrue(file.contentType().startsWith("text/calendar"), file.contentType());
        assertTrue(file.header("Content-Disposition").contains(".ics"));
        String ics = file.body();
        assertTrue(ics.contains("BEGIN:VTIMEZONE\r\nTZID:Asia/Tokyo"), ics);
        assertTrue(ics.contains("DTSTART;TZID=Asia/Tokyo:" + ICS_TIME.format(start)), ics);
        assertTrue(ics.contains("SUMMARY:ライブ講習 (ライブ講習 カレンダー)"), ics);
        assertTrue(ics.contains("STATUS:CONFIRMED"), ics);

        assertFalse(learner.get("/api/me/calendar/feed").json().getBoolean("exists"));
        String url = learner.post("/api/me/calendar/feed", "{}").json().getString("url");
        String path = url.substring(url.indexOf("/api/calendar/"));
        assertFalse(learner.get("/api/me/calendar/feed").json().containsKey("url"), "the address is shown once");
        Reply feed = new HttpSession().get(path, "text/calendar");
        assertEquals(200, feed.status(), feed.toString());
        assertTrue(feed.header("Cache-Control").contains("private"), feed.header("Cache-Control"));
        assertTrue(feed.body().contains("DTSTART;TZID=Asia/Tokyo:" + ICS_TIME.format(start)));

        String renewed = learner.post("/api/me/calendar/feed", "{}").json().getString("url");
        assertNotEquals(url, renewed);
        assertProblem(new HttpSession().get(path, "text/calendar"), 404, "live.calendar.not-found");
        String renewedPath = renewed.substring(renewed.indexOf("/api/calendar/"));
        assertEquals(200, new HttpSession().get(renewedPath, "text/calendar").status());
        assertProblem(new HttpSession().get("/api/calendar/guessed.ics", "text/calendar"), 404, "live.calendar.not-found");

        // A cancelled session stays in the calendar, marked cancelled with a higher SEQUENCE.
        assertEquals(200, admin.post(course.session(session) + "/cancel", "{\"reason\":\"講師の急病\"}").status());
        String after = new HttpSession().get(renewedPath, "text/calendar").body();
        assertTrue(after.contains("STATUS:CANCELLED") && after.contains("SEQUENCE:1"), after);
        assertEquals("CANCELLED", mine(learner, course, session).getJsonObject("session").getString("status"));
        assertProblem(learner.post(course.session(session) + "/application", "{}"), 409, "live.registration.session-cancelled");

        assertEquals(204, learner.send("DELETE", "/api/me/calendar/feed").status());
        assertEquals(404, new HttpSession().get(renewedPath, "text/calendar").status());
    }

    @Test
    void anImportedReportCompletesTheActivityByAttendanceAndAnAdminCorrectionIsAudited() {
        LiveCourse course = LiveCourses.create("ライブ講習 出席");
        // Started five minutes ago; applications still open.
        String session = LiveCourses.schedule(course, Duration.ofMinutes(-5), 10);
        HttpSession present = LiveCourses.enrolledLearner(course, "出席 一郎");
        HttpSession absent = LiveCourses.enrolledLearner(course, "欠席 二郎");
        assertEquals(200, present.post(course.session(session) + "/application", "{}").status());
        assertEquals(200, absent.post(course.session(session) + "/application", "{}").status());
        String presentEmail = present.get("/api/account/me").json().getString("email");
        String absentId = absent.get("/api/account/me").json().getString("id");
        Instant start = Instant.parse(admin.get(course.base() + "/sessions").array().getJsonObject(0).getJsonObject("session").getString("start"));

        String csv = "名前(元の名前),ユーザーメール,参加時刻,退出時刻,期間(分)\r\n"
                + "出席 一郎," + presentEmail.toUpperCase() + "," + REPORT_TIME.format(start.plusSeconds(60)) + ","
                + REPORT_TIME.format(start.plusSeconds(60 + 52 * 60 + 30)) + ",53\r\n"
                + "私用端末," + "private@example.com," + REPORT_TIME.format(start) + "," + REPORT_TIME.format(start.plusSeconds(3000)) + ",50\r\n"
                + "ゲスト,," + REPORT_TIME.format(start) + "," + REPORT_TIME.format(start.plusSeconds(600)) + ",10\r\n";
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        Reply dry = admin.postBytes(course.session(session) + "/attendance?dryRun=true", bytes, "text/csv");
        assertEquals(200, dry.status(), dry.toString());
        JsonObject report = dry.json();
        assertFalse(report.getBoolean("applied"));
        assertEquals(1, report.getJsonArray("matched").size());
        assertEquals(52, report.getJsonArray("matched").getJsonObject(0).getInt("minutes"));
        assertEquals("private@example.com", report.getJsonArray("unmatched").getJsonObject(0).getString("email"));
        assertEquals(1, report.getJsonArray("registeredWithoutAttendance").size());
        assertEquals("live.attendance.no-email", report.getJsonArray("problems").getJsonObject(0).getString("code"));
        assertTrue(report.getJsonArray("problems").getJsonObject(0).getString("message").startsWith("4行目"), report.toString());
        assertFalse(present.get(course.base()).json().getBoolean("completed"), "a dry run changes nothing");

        JsonObject applied = admin.postBytes(course.session(session) + "/attendance", bytes, "text/csv").json();
        assertTrue(applied.getBoolean("applied"));
        JsonObject overview = present.get(course.base()).json();
        assertTrue(overview.getBoolean("completed"), overview.toString());
        assertTrue(overview.getString("completionReason").contains("ライブ講習に52分参加しました"), overview.getString("completionReason"));
        assertEquals("HELD", admin.get(course.base() + "/sessions").array().getJsonObject(0).getJsonObject("session").getString("status"));
        JsonObject absentOverview = absent.get(course.base()).json();
        assertFalse(absentOverview.getBoolean("completed"));
        assertTrue(absentOverview.getString("completionReason").contains("45分以上"), absentOverview.toString());

        // The absent learner had joined late from another address: the administrator enters the minutes, with a reason.
        String edit = course.session(session) + "/registrations/" + absentId + "/attendance";
        assertProblem(admin.send("PUT", edit, "{\"minutes\":47}"), 400, "validation.failed");
        assertProblem(admin.send("PUT", edit, "{\"minutes\":900,\"reason\":\"確認\"}"), 400, "validation.failed");
        Reply edited = admin.send("PUT", edit, "{\"minutes\":47,\"reason\":\"私用アドレスで参加(本人申告と講師の記録で確認)\"}");
        assertEquals(200, edited.status(), edited.toString());
        assertEquals("ADMIN", edited.json().getString("attendanceSource"));
        assertTrue(absent.get(course.base()).json().getBoolean("completed"));
        String audit = admin.get("/api/audit?action=live.attendance.edited").body();
        assertTrue(audit.contains(absentId) && audit.contains("私用アドレスで参加") && audit.contains("-> 47"), audit);
        assertTrue(admin.get("/api/audit?action=live.attendance.imported").body().contains(session));
        // English reasons for English-speaking learners.
        assertTrue(present.language("en").get(course.base()).json().getString("completionReason").length() > 0);
        assertProblem(admin.postBytes(course.session(session) + "/attendance?dryRun=true", new byte[0], "text/csv"), 400,
                "live.attendance.empty-file");
    }

    @Test
    void badSessionInputGetsProblemDetailsInTheCallersLanguage() {
        LiveCourse course = LiveCourses.create("ライブ講習 入力");
        String sessions = course.base() + "/sessions";
        JsonObject good = LiveCourses.session(Duration.ofDays(1), 5).build();
        String endBeforeStart = jakarta.json.Json.createObjectBuilder(good).add("end", good.getString("start")).build().toString();
        Reply bad = admin.post(sessions, endBeforeStart);
        assertProblem(bad, 400, "live.session.end-before-start");
        assertTrue(bad.json().getString("detail").contains("終了日時"), bad.toString());
        assertProblem(admin.language("en").post(sessions, jakarta.json.Json.createObjectBuilder(good).add("capacity", 0).build().toString()),
                400, "live.session.capacity");
        admin.language("ja");
        Reply url = admin.post(sessions, jakarta.json.Json.createObjectBuilder(good).add("meetingUrl", "http://user:pw@zoom.example.jp/j/1").build().toString());
        assertProblem(url, 400, "validation.failed");
        assertEquals("meetingUrl", url.json().getJsonArray("violations").getJsonObject(0).getString("field"));
        Reply missing = admin.post(sessions, jakarta.json.Json.createObjectBuilder(good).remove("start").build().toString());
        assertProblem(missing, 400, "validation.failed");
        assertProblem(admin.post(sessions, "{\"start\":\"tomorrow\"}"), 400, "request.malformed-json");
        assertEquals(0, admin.get(sessions).array().size(), "nothing was stored");

        String session = LiveCourses.schedule(course, Duration.ofDays(1), 5);
        assertProblem(admin.post(course.session(session) + "/held", "{}"), 409, "live.session.not-started");
        assertProblem(admin.post(course.session(session) + "/cancel", "{}"), 400, "validation.failed");
        assertProblem(admin.post(course.session(session) + "/recording-available", "{}"), 409, "live.session.no-recording");
        // A trainer limited to another track does not see this course's sessions at all.
        Organisation org = new Organisation();
        assertProblem(org.exeTrainer.session().get(sessions), 404, "activity.not-found");
        assertEquals(200, org.trainer.session().get(sessions).status());
        assertProblem(org.exeTrainer.session().get(course.session(session) + "/registrations"), 404, "activity.not-found");
        assertTrue(org.trainer.session().get("/api/live/activities").array().stream().map(JsonValue::asJsonObject)
                .anyMatch(a -> a.getString("activityId").equals(course.activityId())));
        assertFalse(org.exeTrainer.session().get("/api/live/activities").array().stream().map(JsonValue::asJsonObject)
                .anyMatch(a -> a.getString("activityId").equals(course.activityId())));
    }
}
