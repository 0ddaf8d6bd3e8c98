package jp.medsec.lms.web.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A published STF course whose first activity is a live session needing 45 minutes, made by the
 * administrator for a test, and sessions of it.
 */
public final class LiveCourses {

    private LiveCourses() {
    }

    /** The course, its live-session activity, and the API paths learners and administrators use. */
    public record LiveCourse(String courseId, String activityId) {

        public String base() {
            return "/api/courses/" + courseId + "/activities/" + activityId + "/live";
        }

        public String session(String sessionId) {
            return base() + "/sessions/" + sessionId;
        }

        public String lessonPage() {
            return "/lesson.html?course=" + courseId + "&activity=" + activityId;
        }
    }

    public static LiveCourse create(String title) {
        return create(title, false);
    }

    /** With {@code recording}, the live session names a video activity of the course as its recording. */
    public static LiveCourse create(String title, boolean recording) {
        String slug = "live-" + UUID.randomUUID().toString().substring(0, 8);
        String settings = recording ? "{\"minAttendanceMinutes\":45,\"recording\":{\"activityKey\":\"archive\"},\"watchPercent\":90}"
                : "{\"minAttendanceMinutes\":45}";
        String video = recording ? ",{\"key\":\"archive\",\"type\":\"video\",\"title\":{\"ja\":\"アーカイブ動画\"},\"required\":false,"
                + "\"minutes\":0,\"settings\":{\"source\":{\"url\":\"https://cdn.example.jp/archive.mp4\"},\"durationSeconds\":3540}}" : "";
        String doc = "{\"slug\":\"" + slug + "\",\"track\":\"STF\",\"title\":{\"ja\":\"" + title + "\"},"
                + "\"summary\":{\"ja\":\"ライブ講習の確認用\"},\"minutes\":60,\"modules\":[{\"title\":{\"ja\":\"ライブ講習\"},"
                + "\"activities\":[{\"key\":\"live\",\"type\":\"live-session\",\"title\":{\"ja\":\"ライブ講習\",\"en\":\"Live session\"},"
                + "\"minutes\":60,\"settings\":" + settings + "}" + video + "]}]}";
        HttpSession.Reply imported = HttpSession.administrator().post("/api/courses?publish=true", doc);
        if (imported.status() != 201) {
            throw new AssertionError("course import failed: " + imported);
        }
        String courseId = imported.json().getString("id");
        JsonObject course = new HttpSession().get("/api/courses/" + courseId).json();
        String activityId = course.getJsonArray("modules").getJsonObject(0).getJsonArray("activities").getJsonObject(0).getString("id");
        return new LiveCourse(courseId, activityId);
    }

    /** A session body: starting {@code startsIn} from now, an hour long, applications open since yesterday. */
    public static JsonObjectBuilder session(Duration startsIn, int capacity) {
        Instant start = Instant.now().plus(startsIn).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        return Json.createObjectBuilder().add("start", start.toString()).add("end", start.plus(Duration.ofHours(1)).toString())
                .add("applicationsOpen", Instant.now().minus(Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString())
                .add("applicationsClose", start.plus(Duration.ofMinutes(30)).toString()).add("capacity", capacity)
                .add("meetingUrl", "https://zoom.example.jp/j/123456789?pwd=abc");
    }

    /** Schedules a session as the administrator and returns its id. */
    public static String schedule(LiveCourse course, Duration startsIn, int capacity) {
        HttpSession.Reply created = HttpSession.administrator().post(course.base() + "/sessions", session(startsIn, capacity).build().toString());
        if (created.status() != 201) {
            throw new AssertionError("session not created: " + created);
        }
        return created.json().getJsonObject("session").getString("id");
    }

    /** A new learner, logged in and enrolled in the course. */
    public static HttpSession enrolledLearner(LiveCourse course, String name) {
        HttpSession s = new HttpSession();
        s.registerLearner(name);
        HttpSession.Reply enrolled = s.post("/api/courses/" + course.courseId() + "/enrolment", "{}");
        if (enrolled.status() != 201) {
            throw new AssertionError("enrolment failed: " + enrolled);
        }
        return s;
    }
}
