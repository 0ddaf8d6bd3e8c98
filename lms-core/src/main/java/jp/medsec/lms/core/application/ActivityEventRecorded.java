package jp.medsec.lms.core.application;

import jp.medsec.lms.core.domain.model.course.Activity;
import jp.medsec.lms.spi.LearnerEvent;

import java.util.List;
import java.util.Objects;

/**
 * A learner's event was just stored on an activity (a CDI event, fired synchronously inside that transaction, so an
 * observer's own writes commit or roll back with it). {@code events} are all of the learner's events on the activity,
 * in order, the new one last: an observer can compare the state before and after it. The video activity uses this to
 * pass the watched share to live sessions whose recording it is (docs/live-and-video.md).
 */
public record ActivityEventRecorded(String learnerId, String courseId, Activity activity, String eventType,
                                    List<LearnerEvent> events) {

    public ActivityEventRecorded {
        Objects.requireNonNull(activity, "activity");
        events = List.copyOf(events);
        if (events.isEmpty()) {
            throw new IllegalArgumentException("The recorded event must be among the events");
        }
    }

    /** The learner's events on the activity before this one. */
    public List<LearnerEvent> earlierEvents() {
        return events.subList(0, events.size() - 1);
    }
}
