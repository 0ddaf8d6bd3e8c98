package jp.medsec.lms.activity.video.recording;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jp.medsec.lms.core.application.content.ContentDocuments.ActivityDocument;
import jp.medsec.lms.core.application.content.ContentDocuments.CourseDocument;
import jp.medsec.lms.core.application.content.ContentDocuments.ModuleDocument;
import jp.medsec.lms.core.application.content.ContentDocuments.Text;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordingKeysTest {

    private static ActivityDocument activity(String key, String type, String settings) {
        try (var reader = Json.createReader(new StringReader(settings))) {
            JsonObject json = reader.readObject();
            return new ActivityDocument(key, type, new Text("題", null), true, 10, json);
        }
    }

    private static CourseDocument course(ActivityDocument... first) {
        return new CourseDocument("c", "STF", new Text("題", null), new Text("概要", null), 60, List.of(
                new ModuleDocument(new Text("章", null), List.of(first)),
                new ModuleDocument(new Text("章2", null), List.of(activity("page", "page", "{\"markdown\":\"本文\"}")))));
    }

    private static ActivityDocument live(String key, String recordingKey) {
        return activity(key, "live-session", "{\"minAttendanceMinutes\":45,\"recording\":{\"activityKey\":\"" + recordingKey + "\"}}");
    }

    private static final ActivityDocument VIDEO = activity("archive", "video",
            "{\"source\":{\"url\":\"https://cdn.example.jp/a.mp4\"},\"durationSeconds\":60}");

    @Test
    void aRecordingThatIsAVideoOfTheCourseIsAccepted() {
        assertEquals(List.of(), new RecordingKeys().check(course(live("live", "archive"), VIDEO)));
        // Without a recording there is nothing to check.
        assertEquals(List.of(), new RecordingKeys().check(course(activity("live", "live-session", "{\"minAttendanceMinutes\":45}"))));
    }

    @Test
    void aKeyOfNoActivityOrOfAnotherTypeIsReportedWhereItIs() {
        List<FieldProblem> problems = new RecordingKeys().check(course(VIDEO, live("l1", "missing"), live("l2", "page")));
        assertEquals(2, problems.size(), problems.toString());
        assertEquals("c: modules[0].activities[1].settings", problems.get(0).field());
        assertTrue(problems.get(0).message().contains("no activity with key 'missing'"), problems.toString());
        assertEquals("c: modules[0].activities[2].settings", problems.get(1).field());
        assertTrue(problems.get(1).message().contains("'page' is a page activity, not a video"), problems.toString());
    }
}
