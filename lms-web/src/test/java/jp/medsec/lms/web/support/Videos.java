package jp.medsec.lms.web.support;

import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The test video (lms-web/src/test/resources/video/test-8s.webm: 8 s of VP8 and Vorbis, 320×180, made once with
 * ffmpeg's test pattern) and its Japanese subtitles, uploaded by a trainer and used in a published course.
 */
public final class Videos {

    public static final double DURATION_SECONDS = 8;

    private Videos() {
    }

    public static byte[] resource(String name) {
        try (InputStream in = Videos.class.getResourceAsStream("/video/" + name)) {
            if (in == null) {
                throw new IllegalStateException("No test resource video/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] video() {
        return resource("test-8s.webm");
    }

    /** Uploads the test video as the given author; its stored file id. */
    public static String uploadVideo(HttpSession author) {
        HttpSession.Reply r = author.postBytes("/api/media/videos?name="
                + URLEncoder.encode("研修動画.webm", StandardCharsets.UTF_8), video(), "video/webm");
        if (r.status() != 201) {
            throw new AssertionError("video upload failed: " + r);
        }
        return r.json().getString("id");
    }

    public static String uploadSubtitles(HttpSession author) {
        HttpSession.Reply r = author.postBytes("/api/media/subtitles?name=ja.vtt", resource("test-ja.vtt"), "text/vtt");
        if (r.status() != 201) {
            throw new AssertionError("subtitle upload failed: " + r);
        }
        return r.json().getString("id");
    }

    /** A published STF course: the video (key "archive", required) and a live session whose recording it is. */
    public record VideoCourse(String courseId, String videoActivityId, String liveActivityId) {

        public String video() {
            return "/api/courses/" + courseId + "/activities/" + videoActivityId;
        }

        public String live() {
            return "/api/courses/" + courseId + "/activities/" + liveActivityId;
        }
    }

    public static VideoCourse course(String title, String videoFileId, String subtitlesFileId) {
        String slug = "video-" + UUID.randomUUID().toString().substring(0, 8);
        String subtitles = subtitlesFileId == null ? "" : ",\"subtitles\":[{\"lang\":\"ja\",\"file\":\"" + subtitlesFileId + "\",\"label\":\"日本語\"}]";
        String doc = "{\"slug\":\"" + slug + "\",\"track\":\"STF\",\"title\":{\"ja\":\"" + title + "\"},\"summary\":{\"ja\":\"動画の確認用\"},"
                + "\"minutes\":60,\"modules\":[{\"title\":{\"ja\":\"講習\"},\"activities\":["
                + "{\"key\":\"archive\",\"type\":\"video\",\"title\":{\"ja\":\"講習の録画\"},\"minutes\":1,"
                + "\"settings\":{\"source\":{\"file\":\"" + videoFileId + "\"},\"durationSeconds\":" + DURATION_SECONDS + subtitles + "}},"
                + "{\"key\":\"live\",\"type\":\"live-session\",\"title\":{\"ja\":\"ライブ講習\"},\"minutes\":60,"
                + "\"settings\":{\"minAttendanceMinutes\":45,\"recording\":{\"activityKey\":\"archive\"},\"watchPercent\":90}}]}]}";
        HttpSession.Reply imported = HttpSession.administrator().post("/api/courses?publish=true", doc);
        if (imported.status() != 201) {
            throw new AssertionError("course import failed: " + imported);
        }
        String courseId = imported.json().getString("id");
        JsonObject course = new HttpSession().get("/api/courses/" + courseId).json();
        var activities = course.getJsonArray("modules").getJsonObject(0).getJsonArray("activities");
        String video = null;
        String live = null;
        for (var a : activities) {
            JsonObject o = a.asJsonObject();
            if (o.getString("type").equals("video")) {
                video = o.getString("id");
            } else if (o.getString("type").equals("live-session")) {
                live = o.getString("id");
            }
        }
        return new VideoCourse(courseId, video, live);
    }
}
