package jp.medsec.lms.web.rest;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jp.medsec.lms.web.support.HttpSession;
import jp.medsec.lms.web.support.HttpSession.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The API as a client meets it: over HTTP against the started test server with its seeded content. */
class ApiIT {

    private static String courseId;
    private static JsonObject course;

    @BeforeAll
    static void findSeededCourse() {
        Reply track = new HttpSession().get("/api/tracks/STF");
        assertEquals(200, track.status(), track.body());
        courseId = track.json().getJsonArray("courses").getJsonObject(0).getString("id");
        course = new HttpSession().get("/api/courses/" + courseId).json();
    }

    private static String activityId(int module, int activity) {
        return course.getJsonArray("modules").getJsonObject(module).getJsonArray("activities").getJsonObject(activity).getString("id");
    }

    private static void assertProblem(Reply reply, int status, String type) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.isProblem(), "problem+json expected, got " + reply.contentType());
        assertEquals(type, reply.json().getString("type"), reply.body());
        assertEquals(status, reply.json().getInt("status"));
        assertFalse(reply.json().getString("detail").isBlank());
    }

    @Test
    void theCatalogHasTheFiveTracksInProgrammeOrderInJapaneseAndEnglish() {
        Reply reply = new HttpSession().get("/api/tracks");
        assertEquals(200, reply.status());
        var tracks = reply.array().getValuesAs(JsonObject.class);
        assertEquals(List.of("EXE", "SYS", "STF", "INS", "TRN"), tracks.stream().map(t -> t.getString("code")).toList());
        assertEquals("経営者向け", tracks.get(0).getJsonObject("name").getString("ja"));
        assertEquals("Executives", tracks.get(0).getJsonObject("name").getString("en"));
        tracks.forEach(t -> assertTrue(t.getInt("courseCount") >= 1, t.getString("code")));
    }

    @Test
    void aCourseOutlineIsPublicWithOrderedModulesAndActivities() {
        assertEquals("STF", course.getJsonObject("track").getString("code"));
        assertEquals(60, course.getInt("minutes"));
        var modules = course.getJsonArray("modules").getValuesAs(JsonObject.class);
        assertTrue(modules.size() >= 2);
        for (int i = 0; i < modules.size(); i++) {
            assertEquals(i + 1, modules.get(i).getInt("position"));
            var first = modules.get(i).getJsonArray("activities").getJsonObject(0);
            assertEquals(i == modules.size() - 1 ? "quiz" : "page", first.getString("type"), "lessons, then the quiz");
            assertEquals(1, first.getInt("position"));
        }
        assertFalse(course.toString().contains("markdown"), "the outline does not carry lesson content");
    }

    @Test
    void unknownIdsAndPathsAre404ProblemsInTheCallersLanguage() {
        assertProblem(new HttpSession().get("/api/tracks/XYZ"), 404, "/problems/track.not-found");
        assertProblem(new HttpSession().get("/api/courses/" + UUID.randomUUID()), 404, "/problems/course.not-found");
        assertProblem(new HttpSession().get("/api/nothing-here"), 404, "/problems/request.not-found");
        assertEquals("This course does not exist.",
                new HttpSession().language("en").get("/api/courses/nope").json().getString("detail"));
    }

    @Test
    void registrationListsEveryInvalidField() {
        Reply reply = new HttpSession().post("/api/account/register", "{\"email\":\"not-an-email\",\"password\":\"short\"}");
        assertProblem(reply, 400, "/problems/validation.failed");
        var fields = reply.json().getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("field")).toList();
        assertEquals(List.of("email", "fullName", "jobCategory", "password"), fields);
    }

    @Test
    void weakPasswordsAndTakenEmailsAreRefusedClearly() {
        String body = "{\"email\":\"%s\",\"password\":\"%s\",\"fullName\":\"事務 太郎\",\"jobCategory\":\"CLERK\"}";
        Reply weak = new HttpSession().post("/api/account/register", body.formatted("weak-" + UUID.randomUUID() + "@example.jp", "password1234"));
        assertProblem(weak, 400, "/problems/account.weak-password");
        assertEquals("password", weak.json().getJsonArray("violations").getJsonObject(0).getString("field"));

        String email = "taken-" + UUID.randomUUID() + "@example.jp";
        assertEquals(201, new HttpSession().post("/api/account/register", body.formatted(email, "長いパスフレーズで守る2026")).status());
        assertProblem(new HttpSession().post("/api/account/register", body.formatted(email.toUpperCase(), "別の長いパスフレーズ2026")),
                409, "/problems/account.email-taken");
    }

    @Test
    void loginFailsTheSameWayForAWrongPasswordAndAnUnknownEmail() {
        HttpSession learner = new HttpSession();
        String email = learner.registerLearner("医師 一郎").getString("email");
        Reply wrongPassword = new HttpSession().post("/api/account/login", "{\"email\":\"" + email + "\",\"password\":\"wrong password 123\"}");
        Reply unknownEmail = new HttpSession().post("/api/account/login", "{\"email\":\"nobody-" + UUID.randomUUID() + "@example.jp\",\"password\":\"wrong password 123\"}");
        assertProblem(wrongPassword, 401, "/problems/auth.invalid-credentials");
        assertEquals(wrongPassword.json().getString("detail"), unknownEmail.json().getString("detail"));
        assertEquals(wrongPassword.status(), unknownEmail.status());
    }

    @Test
    void loginLogoutAndMe() {
        HttpSession first = new HttpSession();
        String email = first.registerLearner("看護 花子").getString("email");
        assertEquals(200, first.get("/api/account/me").status());
        assertEquals(204, first.post("/api/account/logout", "{}").status());
        assertProblem(first.get("/api/account/me"), 401, "/problems/auth.required");

        HttpSession second = new HttpSession();
        Reply login = second.post("/api/account/login", "{\"email\":\"" + email + "\",\"password\":\"長いパスフレーズで守る2026\"}");
        assertEquals(200, login.status(), login.body());
        assertEquals("看護 花子", second.get("/api/account/me").json().getString("fullName"));
        assertFalse(login.body().contains("hash"), "no password hash leaves the server");
    }

    @Test
    void anonymousCallersCannotEnrolOrSeeProgressOrContent() {
        HttpSession anonymous = new HttpSession();
        assertProblem(anonymous.post("/api/courses/" + courseId + "/enrolment", "{}"), 401, "/problems/auth.required");
        assertProblem(anonymous.get("/api/courses/" + courseId + "/progress"), 401, "/problems/auth.required");
        assertProblem(anonymous.get("/api/courses/" + courseId + "/activities/" + activityId(0, 0)), 401, "/problems/auth.required");
        assertProblem(anonymous.post("/api/courses/" + courseId + "/activities/" + activityId(0, 0) + "/events",
                "{\"type\":\"viewed\"}"), 401, "/problems/auth.required");
        assertProblem(anonymous.get("/api/me/enrolments"), 401, "/problems/auth.required");
    }

    @Test
    void aLearnerCompletesAPageAndNobodyElseSeesTheirProgress() throws InterruptedException {
        HttpSession hanako = new HttpSession();
        hanako.registerLearner("看護 花子");
        HttpSession taro = new HttpSession();
        taro.registerLearner("事務 太郎");
        String activity = activityId(0, 0);
        String events = "/api/courses/" + courseId + "/activities/" + activity + "/events";

        assertProblem(hanako.get("/api/courses/" + courseId + "/activities/" + activity), 403, "/problems/enrolment.required");
        Reply enrolled = hanako.post("/api/courses/" + courseId + "/enrolment", "{}");
        assertEquals(201, enrolled.status(), enrolled.body());
        assertEquals(200, hanako.post("/api/courses/" + courseId + "/enrolment", "{}").status(), "enrolling twice is harmless");
        int total = enrolled.json().getInt("requiredTotal");
        assertEquals(0, enrolled.json().getInt("requiredDone"));

        Reply page = hanako.get("/api/courses/" + courseId + "/activities/" + activity);
        assertEquals(200, page.status());
        assertTrue(page.json().getJsonObject("content").getString("html").contains("<h2>"), "Markdown rendered as HTML");
        int minSeconds = page.json().getJsonObject("content").getJsonObject("data").getInt("minReadingSeconds");

        assertFalse(hanako.post(events, "{\"type\":\"viewed\"}").json().getBoolean("completed"));
        Reply early = hanako.post(events, "{\"type\":\"marked-done\"}");
        assertFalse(early.json().getBoolean("completed"), "too early: the server's clock decides");
        assertTrue(early.json().getString("reason").contains("秒"), early.body());
        assertProblem(hanako.post(events, "{\"type\":\"answer-everything\"}"), 400, "/problems/event.not-accepted");

        // Another learner sees nothing of Hanako's: not her enrolment, not her activity, not her progress.
        assertFalse(taro.get("/api/courses/" + courseId + "/progress").json().getBoolean("enrolled"));
        assertEquals(0, taro.get("/api/me/enrolments").array().size());
        assertProblem(taro.post(events, "{\"type\":\"marked-done\"}"), 403, "/problems/enrolment.required");

        Thread.sleep(minSeconds * 1000L + 1000);
        Reply done = hanako.post(events, "{\"type\":\"marked-done\"}");
        assertTrue(done.json().getBoolean("completed"), done.body());
        JsonObject progress = hanako.get("/api/courses/" + courseId + "/progress").json();
        assertEquals(1, progress.getInt("requiredDone"));
        assertEquals(total, progress.getInt("requiredTotal"));
        assertEquals(100 / total, progress.getInt("percent"));
        assertEquals(activity, ((JsonString) progress.getJsonArray("completedActivityIds").get(0)).getString());
        JsonObject rounds = progress.getJsonObject("rounds");
        assertEquals(1, rounds.getJsonObject("current").getInt("number"), progress.toString());
        assertFalse(rounds.getBoolean("mayStartNew"), "the course is not complete, let alone in an earlier fiscal year");
        assertEquals(0, rounds.getJsonArray("past").size());
        assertProblem(hanako.post("/api/courses/" + courseId + "/enrolment/rounds", "{}"), 409, "/problems/enrolment.round-not-over");
        assertEquals(1, hanako.get("/api/courses/" + courseId + "/progress").json().getInt("requiredDone"), "the refusal changed nothing");
        assertTrue(hanako.get("/api/courses/" + courseId + "/activities/" + activity).json().getBoolean("completed"));

        var mine = hanako.get("/api/me/enrolments").array().getValuesAs(JsonObject.class);
        assertEquals(1, mine.size());
        assertEquals(1, mine.get(0).getJsonObject("progress").getInt("requiredDone"));
        assertEquals(0, taro.get("/api/me/enrolments").array().size());
    }

    @Test
    void simultaneousEnrolmentClicksEnrolOnceAndAllSucceed() throws Exception {
        HttpSession learner = new HttpSession();
        learner.registerLearner("看護 連打");
        int clicks = 8;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(clicks);
        var start = new java.util.concurrent.CountDownLatch(1);
        try {
            var replies = new java.util.ArrayList<java.util.concurrent.Future<Reply>>();
            for (int i = 0; i < clicks; i++) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return learner.post("/api/courses/" + courseId + "/enrolment", "{}");
                }));
            }
            start.countDown();
            int created = 0;
            for (var reply : replies) {
                Reply r = reply.get();
                assertTrue(r.status() == 200 || r.status() == 201, r.toString());
                created += r.status() == 201 ? 1 : 0;
            }
            assertEquals(1, created, "exactly one request created the enrolment");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, learner.get("/api/me/enrolments").array().size());
    }

    @Test
    void badInputIsA4xxWithAClearMessageNeverA500() {
        HttpSession learner = new HttpSession();
        learner.registerLearner("技師 三郎");
        assertProblem(learner.post("/api/account/login", "{\"email\": "), 400, "/problems/request.malformed-json");
        assertProblem(learner.post("/api/account/register", "[1,2,3]"), 400, "/problems/request.malformed-json");
        assertProblem(learner.post("/api/account/register",
                "{\"email\":\"x@example.jp\",\"password\":\"長いパスフレーズで守る2026\",\"fullName\":\"x\",\"jobCategory\":\"PILOT\"}"),
                400, "/problems/request.malformed-json");
        assertProblem(learner.post("/api/account/login", "email=a&password=b", "application/x-www-form-urlencoded"),
                415, "/problems/request.unsupported-media-type");
        assertProblem(learner.post("/api/account/login", "{\"email\":\"" + "x".repeat(300 * 1024) + "\"}"),
                413, "/problems/request.too-large");
        assertProblem(learner.send("DELETE", "/api/tracks"), 405, "/problems/request.method-not-allowed");
        assertProblem(learner.post("/api/courses/" + courseId + "/activities/" + activityId(0, 0) + "/events",
                "{\"type\":\"" + "x".repeat(50) + "\"}"), 400, "/problems/validation.failed");
        Reply sql = learner.get("/api/tracks/EXE'%20OR%20'1'='1");
        assertProblem(sql, 404, "/problems/track.not-found");
    }

    @Test
    void everyResponseCarriesSecurityHeadersAndPersonalDataIsNeverCached() {
        for (String path : List.of("/", "/index.html", "/js/api.js", "/api/tracks", "/api/account/me")) {
            Reply reply = new HttpSession().get(path);
            String csp = reply.header("Content-Security-Policy");
            assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline") && csp.contains("frame-ancestors 'none'"),
                    path + ": " + csp);
            assertEquals("nosniff", reply.header("X-Content-Type-Options"), path);
            assertEquals("same-origin", reply.header("Referrer-Policy"), path);
            assertEquals(path.startsWith("/api/") ? "no-store" : "no-cache", reply.header("Cache-Control"), path);
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        HttpSession learner = new HttpSession();
        String email = learner.registerLearner("看護 花子").getString("email");
        Reply login = new HttpSession().post("/api/account/login", "{\"email\":\"" + email + "\",\"password\":\"長いパスフレーズで守る2026\"}");
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("LMSSESSION=")).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);
    }

    @Test
    void healthAndOpenApiAreServed() {
        Reply ready = new HttpSession().get("/health/ready");
        assertEquals(200, ready.status(), ready.body());
        assertEquals("UP", ready.json().getString("status"));
        Reply openapi = new HttpSession().get("/openapi");
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/api/tracks") && openapi.body().contains("/api/courses/{courseId}/enrolment"));
    }
}
