package jp.medsec.lms.web.support;

import jakarta.json.JsonObject;

import java.util.UUID;

/** Small published courses made for a test by the administrator, and a learner completing them over HTTP. */
public final class Courses {

    private Courses() {
    }

    /** A published STF course of one short lesson page (no reading time); its id and the page's activity id. */
    public record OnePage(String courseId, String activityId) {
    }

    public static OnePage onePage(String title) {
        return onePage(title, null);
    }

    /** The same, with the course's {@code "certificate"} settings (JSON object text), e.g. approval or validity. */
    public static OnePage onePage(String title, String certificateSettings) {
        String slug = "one-page-" + UUID.randomUUID().toString().substring(0, 8);
        String doc = "{\"slug\":\"" + slug + "\",\"track\":\"STF\",\"title\":{\"ja\":\"" + title + "\"},\"summary\":{\"ja\":\"確認用\"},"
                + "\"minutes\":30,\"modules\":[{\"title\":{\"ja\":\"章\"},\"activities\":[{\"key\":\"p\",\"type\":\"page\","
                + "\"title\":{\"ja\":\"院内のルール\"},\"minutes\":30,\"settings\":{\"markdown\":\"不審なメールは開かずに報告します。\"}}]}]"
                + (certificateSettings == null ? "" : ",\"certificate\":" + certificateSettings) + "}";
        HttpSession.Reply imported = HttpSession.administrator().post("/api/courses?publish=true", doc);
        if (imported.status() != 201) {
            throw new AssertionError("course import failed: " + imported);
        }
        String courseId = imported.json().getString("id");
        JsonObject course = new HttpSession().get("/api/courses/" + courseId).json();
        String activityId = course.getJsonArray("modules").getJsonObject(0).getJsonArray("activities").getJsonObject(0).getString("id");
        return new OnePage(courseId, activityId);
    }

    /** Enrols the learner and completes the page (viewed, then marked done). */
    public static void complete(HttpSession learner, OnePage course) {
        learner.post("/api/courses/" + course.courseId() + "/enrolment", "{}");
        String events = "/api/courses/" + course.courseId() + "/activities/" + course.activityId() + "/events";
        learner.post(events, "{\"type\":\"viewed\"}");
        HttpSession.Reply done = learner.post(events, "{\"type\":\"marked-done\"}");
        if (done.status() != 200 || !done.json().getBoolean("completed")) {
            throw new AssertionError("not completed: " + done);
        }
    }
}
