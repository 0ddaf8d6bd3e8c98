package jp.medsec.lms.activity.video.recording;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jp.medsec.lms.core.application.ActivityEventRecorded;
import jp.medsec.lms.core.domain.model.course.Activity;
import jp.medsec.lms.core.domain.model.course.Course;
import jp.medsec.lms.core.domain.model.course.CourseModule;
import jp.medsec.lms.core.domain.model.shared.LocalizedText;
import jp.medsec.lms.core.domain.model.track.Track;
import jp.medsec.lms.spi.ActivityRecorder;
import jp.medsec.lms.spi.CompletionDecision;
import jp.medsec.lms.spi.LearnerEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RecordingLinkTest {

    private static final Instant T0 = Instant.parse("2026-12-01T05:00:00Z");

    /** What the link asked the core to record. */
    private record Call(String activityId, String type, JsonObject payload) {
    }

    private final List<Call> calls = new ArrayList<>();
    private final List<LearnerEvent> events = new ArrayList<>();
    private RecordingLink link;
    private Course course;
    private Activity video;
    private Activity linked;

    @BeforeEach
    void course() {
        Track track = new Track("STF", 3, LocalizedText.ja("初学者"), LocalizedText.ja("職員"), LocalizedText.ja("基本"));
        course = new Course("live-course", track, LocalizedText.ja("講習"), LocalizedText.ja("概要"), 60, T0);
        CourseModule module = course.addModule(LocalizedText.ja("第1章"));
        video = module.addActivity("archive", "video", LocalizedText.ja("録画"), true, 10,
                "{\"source\":{\"url\":\"https://cdn.example.jp/a.mp4\"},\"durationSeconds\":100}");
        linked = module.addActivity("live", "live-session", LocalizedText.ja("講習"), true, 60,
                "{\"minAttendanceMinutes\":45,\"recording\":{\"activityKey\":\"archive\"}}");
        module.addActivity("live-other", "live-session", LocalizedText.ja("別の講習"), true, 60,
                "{\"minAttendanceMinutes\":45,\"recording\":{\"activityKey\":\"other-video\"}}");
        module.addActivity("live-plain", "live-session", LocalizedText.ja("録画なし"), true, 60, "{\"minAttendanceMinutes\":45}");
        course.addModule(LocalizedText.ja("別の動画")).addActivity("other-video", "video", LocalizedText.ja("別"), false, 5,
                "{\"source\":{\"url\":\"https://cdn.example.jp/b.mp4\"},\"durationSeconds\":100}");
        link = new RecordingLink();
        link.recorder = new ActivityRecorder() {
            @Override
            public CompletionDecision recordServerEvent(String learnerId, String courseId, String activityId, String eventType,
                                                        JsonObject payload) {
                calls.add(new Call(activityId, eventType, payload));
                return CompletionDecision.incomplete("");
            }

            @Override
            public int round(String learnerId, String courseId) {
                return 1;
            }

            @Override
            public Optional<JsonObject> settingsOf(String courseId, String activityId) {
                return Optional.empty();
            }
        };
    }

    private void played(Activity activity, double from, double to, int secondsLater) {
        events.add(new LearnerEvent("played", T0.plusSeconds(secondsLater),
                Json.createObjectBuilder().add("from", from).add("to", to).build()));
        link.onRecorded(new ActivityEventRecorded("learner", course.id(), activity, "played", events));
    }

    @Test
    void theWatchedShareGoesToTheLiveSessionThatNamesThisVideoOnly() {
        played(video, 0, 30, 30);
        assertEquals(1, calls.size(), calls.toString());
        assertEquals(linked.id(), calls.get(0).activityId());
        assertEquals("recording-watched", calls.get(0).type());
        assertEquals(30.0, calls.get(0).payload().getJsonNumber("percent").doubleValue(), 1e-9);
    }

    @Test
    void reportsThatAddNoWholePercentRecordNothing() {
        played(video, 0, 30, 30);
        played(video, 0, 30, 60); // replayed: counts once
        played(video, 30, 30.5, 61); // 30.5 %: still 30 as a whole number
        played(video, 90, 95, 70); // a jump ahead: only what was played, 35.5 %
        assertEquals(2, calls.size(), calls.toString());
        assertEquals(35.5, calls.get(1).payload().getJsonNumber("percent").doubleValue(), 1e-9);
    }

    @Test
    void otherActivitiesAndEventsAreIgnored() {
        events.add(new LearnerEvent("viewed", T0, Json.createObjectBuilder().build()));
        link.onRecorded(new ActivityEventRecorded("learner", course.id(), video, "viewed", events));
        link.onRecorded(new ActivityEventRecorded("learner", course.id(), linked, "recording-watched", events));
        assertEquals(List.of(), calls);
    }
}
