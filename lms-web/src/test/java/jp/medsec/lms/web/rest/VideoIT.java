package jp.medsec.lms.web.rest;

import jakarta.json.JsonObject;
import jp.medsec.lms.web.support.HttpSession;
import jp.medsec.lms.web.support.HttpSession.BytesReply;
import jp.medsec.lms.web.support.HttpSession.Reply;
import jp.medsec.lms.web.support.Organisation;
import jp.medsec.lms.web.support.Videos;
import jp.medsec.lms.web.support.Videos.VideoCourse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The video activity over HTTP: uploads and their refusals, serving with range requests to enrolled learners only, a
 * missing file, completion from played stretches (a jump ahead counts nothing), and the recording link that completes
 * the course's live session when its recording is watched.
 */
class VideoIT {

    private static final long LIMIT = Long.getLong("lms.it.media.max-video-bytes", 1024 * 1024);
    private static final byte[] VIDEO = Videos.video();
    private static Organisation org;
    private static String videoId;
    private static String subtitlesId;
    private static VideoCourse course;

    @BeforeAll
    static void upload() {
        org = new Organisation();
        videoId = Videos.uploadVideo(org.trainer.session());
        subtitlesId = Videos.uploadSubtitles(org.trainer.session());
        course = Videos.course("動画講習", videoId, subtitlesId);
    }

    private static HttpSession enrolled() {
        HttpSession s = new HttpSession();
        s.registerLearner("視聴 確認");
        assertEquals(201, s.post("/api/courses/" + course.courseId() + "/enrolment", "{}").status());
        return s;
    }

    private static Reply played(HttpSession s, String payload) {
        Reply r = s.post(course.video() + "/events", "{\"type\":\"played\",\"payload\":" + payload + "}");
        assertEquals(200, r.status(), r.toString());
        return r;
    }

    private static void assertRefused(Reply r, String type, String reasonPart) {
        assertEquals(400, r.status(), r.toString());
        assertTrue(r.isProblem(), r.toString());
        assertEquals(type, r.json().getString("type"));
        String reasons = r.json().getJsonArray("violations").toString();
        assertTrue(reasons.contains(reasonPart), reasons);
    }

    @Test
    void anUploadIsRecordedWithItsCheckedTypeSizeAndHash() throws Exception {
        Reply list = org.trainer.session().get("/api/media");
        assertEquals(200, list.status(), list.toString());
        assertEquals(LIMIT, list.json().getJsonNumber("maxVideoBytes").longValue());
        JsonObject file = list.json().getJsonArray("files").stream().map(v -> v.asJsonObject())
                .filter(f -> f.getString("id").equals(videoId)).findFirst().orElseThrow();
        assertEquals("VIDEO", file.getString("kind"));
        assertEquals("video/webm", file.getString("mediaType"));
        assertEquals("研修動画.webm", file.getString("displayName"));
        assertEquals(VIDEO.length, file.getJsonNumber("sizeBytes").longValue());
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(VIDEO));
        assertEquals(sha, file.getString("sha256"));
        // Stored under the server's name, outside the web application, byte for byte.
        assertArrayEquals(VIDEO, Files.readAllBytes(Path.of("target/it-data/media", videoId + ".webm")));
        // Audited.
        String audit = org.admin.get("/api/audit").body();
        assertTrue(audit.contains("media.uploaded") && audit.contains(videoId), "audit has the upload");
    }

    @Test
    void uploadsThatAreNotAVideoTooLargeOrBadSubtitlesAreRefusedWithReasons() {
        HttpSession trainer = org.trainer.session();
        assertRefused(trainer.postBytes("/api/media/videos?name=notes.mp4", "これは動画ではありません".getBytes(StandardCharsets.UTF_8),
                "video/mp4"), "/problems/video.upload-refused", "MP4またはWebM");
        // A QuickTime file gets its own advice.
        byte[] mov = new byte[64];
        System.arraycopy(new byte[]{0, 0, 0, 20, 'f', 't', 'y', 'p', 'q', 't', ' ', ' ', 0, 0, 0, 0, 'q', 't', ' ', ' '}, 0, mov, 0, 20);
        assertRefused(trainer.postBytes("/api/media/videos?name=a.mov", mov, "video/quicktime"), "/problems/video.upload-refused", "QuickTime");
        // Over the configured limit: a real WebM header followed by padding, one byte too many.
        byte[] big = Arrays.copyOf(VIDEO, (int) LIMIT + 1);
        Reply tooBig = trainer.postBytes("/api/media/videos?name=big.webm", big, "video/webm");
        assertRefused(tooBig, "/problems/video.upload-refused", "大きすぎます");
        Reply en = trainer.language("en").postBytes("/api/media/videos?name=big.webm", big, "video/webm");
        trainer.language("ja");
        assertTrue(en.json().getJsonArray("violations").toString().contains("too large"), en.toString());
        // Subtitles: SRT is named, a bad timing has its line.
        assertRefused(trainer.postBytes("/api/media/subtitles?name=a.srt", "1\n00:00:01,000 --> 00:00:02,000\nこんにちは\n"
                .getBytes(StandardCharsets.UTF_8), "text/vtt"), "/problems/video.subtitles-refused", "SRT");
        assertRefused(trainer.postBytes("/api/media/subtitles?name=a.vtt", "WEBVTT\n\n00:01.000 --> 00:00.500\nあ\n"
                .getBytes(StandardCharsets.UTF_8), "text/vtt"), "/problems/video.subtitles-refused", "3行目");
        // Learners cannot upload.
        assertEquals(403, org.nurseA.session().postBytes("/api/media/videos?name=a.webm", VIDEO, "video/webm").status());
    }

    @Test
    void theVideoIsServedWithRangeRequestsToEnrolledLearners() {
        HttpSession learner = enrolled();
        BytesReply whole = learner.getBytes(course.video() + "/video");
        assertEquals(200, whole.status());
        assertEquals("video/webm", whole.header("Content-Type"));
        assertEquals("bytes", whole.header("Accept-Ranges"));
        assertArrayEquals(VIDEO, whole.body());
        String etag = whole.header("ETag");
        assertFalse(etag.isEmpty());

        BytesReply part = learner.getBytes(course.video() + "/video", "Range", "bytes=100-1099");
        assertEquals(206, part.status());
        assertEquals("bytes 100-1099/" + VIDEO.length, part.header("Content-Range"));
        assertEquals("1000", part.header("Content-Length"));
        assertArrayEquals(Arrays.copyOfRange(VIDEO, 100, 1100), part.body());

        BytesReply tail = learner.getBytes(course.video() + "/video", "Range", "bytes=-10");
        assertEquals(206, tail.status());
        assertArrayEquals(Arrays.copyOfRange(VIDEO, VIDEO.length - 10, VIDEO.length), tail.body());

        BytesReply open = learner.getBytes(course.video() + "/video", "Range", "bytes=" + (VIDEO.length - 5) + "-", "If-Range", etag);
        assertEquals(206, open.status());
        assertArrayEquals(Arrays.copyOfRange(VIDEO, VIDEO.length - 5, VIDEO.length), open.body());

        BytesReply past = learner.getBytes(course.video() + "/video", "Range", "bytes=" + VIDEO.length + "-");
        assertEquals(416, past.status());
        assertEquals("bytes */" + VIDEO.length, past.header("Content-Range"));

        // Another version's validator: the whole (current) file.
        BytesReply stale = learner.getBytes(course.video() + "/video", "Range", "bytes=0-9", "If-Range", "\"other\"");
        assertEquals(200, stale.status());
        assertEquals(VIDEO.length, stale.body().length);

        BytesReply vtt = learner.getBytes(course.video() + "/subtitles/ja");
        assertEquals(200, vtt.status());
        assertEquals("text/vtt;charset=utf-8", vtt.header("Content-Type").replace(" ", "").toLowerCase());
        assertArrayEquals(Videos.resource("test-ja.vtt"), vtt.body());
        assertEquals(404, learner.get(course.video() + "/subtitles/en").status());

        // The activity's data points the player at these addresses, never at the stored id.
        JsonObject data = learner.get(course.video()).json().getJsonObject("content").getJsonObject("data");
        assertEquals("video", data.getJsonObject("source").getString("href"));
        assertFalse(learner.get(course.video()).body().contains(videoId));
    }

    @Test
    void othersGetNoVideo() {
        HttpSession notEnrolled = new HttpSession();
        notEnrolled.registerLearner("未登録 受講者");
        Reply refused = notEnrolled.get(course.video() + "/video", "video/webm");
        assertEquals(403, refused.status());
        assertEquals("/problems/enrolment.required", refused.json().getString("type"));
        assertEquals(403, notEnrolled.get(course.video() + "/subtitles/ja", "text/vtt").status());
        assertEquals(401, new HttpSession().get(course.video() + "/video", "video/webm").status());
        // A trainer may preview the course's video without enrolling.
        assertEquals(200, org.trainer.session().getBytes(course.video() + "/video").status());
        // A page activity has no video.
        assertEquals(404, org.admin.get("/api/courses/" + org.courseId + "/activities/" + org.activityId + "/video", "video/webm").status());
    }

    @Test
    void aMissingFileAnswersAProblemThePlayerCanShow() throws Exception {
        String id = Videos.uploadVideo(org.trainer.session());
        VideoCourse broken = Videos.course("ファイル欠落", id, null);
        Files.delete(Path.of("target/it-data/media", id + ".webm"));
        HttpSession learner = new HttpSession();
        learner.registerLearner("欠落 確認");
        learner.post("/api/courses/" + broken.courseId() + "/enrolment", "{}");
        Reply missing = learner.get(broken.video() + "/video", "video/webm");
        assertEquals(404, missing.status(), missing.toString());
        assertTrue(missing.isProblem());
        assertEquals("/problems/video-file.not-found", missing.json().getString("type"));
        assertTrue(missing.json().getString("detail").contains("見つかりません"), missing.toString());
    }

    @Test
    void watchingToTheEndCompletesTheVideoAndTheLiveSessionItRecords() {
        HttpSession learner = enrolled();
        Reply first = played(learner, "{\"from\":0,\"to\":4}");
        assertFalse(first.json().getBoolean("completed"));
        assertTrue(first.json().getString("reason").contains("50%"), first.toString());
        // Replaying the start counts once.
        assertFalse(played(learner, "{\"from\":0,\"to\":4}").json().getBoolean("completed"));
        Reply done = played(learner, "{\"from\":4,\"to\":8}");
        assertTrue(done.json().getBoolean("completed"), done.toString());
        assertTrue(done.json().getString("reason").contains("100%"), done.toString());
        // The live session whose recording this is: completed by the recording path, in the same request.
        JsonObject live = learner.get(course.live()).json();
        assertTrue(live.getBoolean("completed"), live.toString());
        assertEquals(100, live.getJsonObject("content").getJsonObject("data").getInt("watchedPercent"));
        Reply progress = learner.get("/api/courses/" + course.courseId() + "/progress");
        assertTrue(progress.json().getBoolean("complete"), progress.toString());
        // Resuming: near the end starts again from the beginning.
        assertEquals(0, learner.get(course.video()).json().getJsonObject("content").getJsonObject("data")
                .getJsonNumber("resumeSeconds").doubleValue());
    }

    @Test
    void jumpingAheadDoesNotCountAndResumesWhereTheLearnerStopped() {
        HttpSession learner = enrolled();
        played(learner, "{\"from\":0,\"to\":1}");
        // The learner drags the slider to 6.5 s and plays to the end.
        played(learner, "{\"from\":1,\"to\":1,\"position\":6.5}");
        Reply end = played(learner, "{\"from\":6.5,\"to\":8}");
        assertFalse(end.json().getBoolean("completed"), end.toString());
        assertTrue(end.json().getString("reason").contains("31%"), end.toString());
        // A claim larger than the video is ignored, not clamped into completion.
        assertFalse(played(learner, "{\"from\":0,\"to\":30}").json().getBoolean("completed"));
        JsonObject live = learner.get(course.live()).json();
        assertFalse(live.getBoolean("completed"));
        assertEquals(31, live.getJsonObject("content").getJsonObject("data").getInt("watchedPercent"));
        // Back later: the player starts where the last stretch ended (unless within 5 s of the end, as 3 s would be).
        played(learner, "{\"from\":1,\"to\":2.5}");
        JsonObject data = learner.get(course.video()).json().getJsonObject("content").getJsonObject("data");
        assertEquals(2.5, data.getJsonNumber("resumeSeconds").doubleValue(), 0.001);
    }

    @Test
    void theImporterChecksRecordingKeysAndStoredFiles() {
        String slug = "video-bad-" + UUID.randomUUID().toString().substring(0, 8);
        String doc = "{\"slug\":\"" + slug + "\",\"track\":\"STF\",\"title\":{\"ja\":\"誤り\"},\"summary\":{\"ja\":\"誤り\"},\"minutes\":5,"
                + "\"modules\":[{\"title\":{\"ja\":\"章\"},\"activities\":["
                + "{\"key\":\"p\",\"type\":\"page\",\"title\":{\"ja\":\"頁\"},\"settings\":{\"markdown\":\"本文\"}},"
                + "{\"key\":\"v\",\"type\":\"video\",\"title\":{\"ja\":\"動画\"},\"settings\":{\"source\":{\"file\":\"no-such-file\"},"
                + "\"durationSeconds\":8,\"subtitles\":[{\"lang\":\"ja\",\"file\":\"" + videoId + "\"}]}},"
                + "{\"key\":\"l1\",\"type\":\"live-session\",\"title\":{\"ja\":\"講習1\"},\"settings\":{\"minAttendanceMinutes\":30,\"recording\":{\"activityKey\":\"p\"}}},"
                + "{\"key\":\"l2\",\"type\":\"live-session\",\"title\":{\"ja\":\"講習2\"},\"settings\":{\"minAttendanceMinutes\":30,\"recording\":{\"activityKey\":\"other\"}}}"
                + "]}]}";
        Reply r = org.admin.post("/api/courses", doc);
        assertEquals(400, r.status(), r.toString());
        String violations = r.json().getJsonArray("violations").toString();
        assertTrue(violations.contains("source.file: no uploaded file has the id 'no-such-file'"), violations);
        assertTrue(violations.contains("subtitles[0].file: '" + videoId + "' is a video, not a subtitle file"), violations);
        assertTrue(violations.contains("'p' is a page activity, not a video"), violations);
        assertTrue(violations.contains("no activity with key 'other'"), violations);
    }
}
