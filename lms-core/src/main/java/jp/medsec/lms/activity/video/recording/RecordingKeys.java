package jp.medsec.lms.activity.video.recording;

import jakarta.enterprise.context.ApplicationScoped;
import jp.medsec.lms.activity.live.LiveSessionActivityType;
import jp.medsec.lms.activity.live.LiveSessionSettings;
import jp.medsec.lms.activity.video.VideoActivityType;
import jp.medsec.lms.core.application.content.ContentDocuments.ActivityDocument;
import jp.medsec.lms.core.application.content.ContentDocuments.CourseDocument;
import jp.medsec.lms.core.application.content.CourseContentCheck;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException.FieldProblem;
import jp.medsec.lms.spi.InvalidSettingsException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A live session's {@code recording.activityKey} must name a {@code video} activity of the same course: a key of
 * another course, a typo or a page would leave the recording path silently impossible for every learner.
 */
@ApplicationScoped
public class RecordingKeys implements CourseContentCheck {

    @Override
    public List<FieldProblem> check(CourseDocument course) {
        Map<String, String> typeByKey = new HashMap<>();
        CourseContentCheck.forEachActivity(course, (at, a) -> typeByKey.put(a.key(), a.type()));
        List<FieldProblem> problems = new ArrayList<>();
        CourseContentCheck.forEachActivity(course, (at, a) -> recordingKey(a).ifPresent(key -> {
            String type = typeByKey.get(key);
            if (type == null) {
                problems.add(new FieldProblem(at + ".settings", "recording.activityKey: no activity with key '" + key
                        + "' in this course; name the course's video activity that holds the recording"));
            } else if (!VideoActivityType.ID.equals(type)) {
                problems.add(new FieldProblem(at + ".settings", "recording.activityKey: '" + key + "' is a " + type
                        + " activity, not a video"));
            }
        }));
        return problems;
    }

    private static Optional<String> recordingKey(ActivityDocument activity) {
        if (!LiveSessionActivityType.ID.equals(activity.type())) {
            return Optional.empty();
        }
        try {
            return LiveSessionSettings.from(activity.settings()).recordingActivityKey();
        } catch (InvalidSettingsException e) {
            return Optional.empty(); // already reported by the activity type's own check
        }
    }
}
