package jp.medsec.lms.core.application;

import jakarta.json.JsonObject;
import jp.medsec.lms.core.domain.model.course.Activity;
import jp.medsec.lms.core.domain.model.enrolment.Enrolment;
import jp.medsec.lms.core.domain.model.enrolment.Progress;
import jp.medsec.lms.spi.ActivityContent;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A learner's own enrolments, activities and progress. Every method acts for the learner whose id it gets. */
public interface EnrolmentService {

    /** Enrols the learner; enrolling twice is harmless and says so. */
    Enrolled enrol(String learnerId, String courseId);

    Optional<Progress> progress(String learnerId, String courseId);

    List<Enrolment> enrolments(String learnerId);

    /** Opens an activity of a course the learner is enrolled in. */
    OpenedActivity open(String learnerId, String courseId, String activityId, Locale locale);

    /** Records an event and lets the activity's plugin decide whether it is now complete. */
    EventOutcome record(String learnerId, String courseId, String activityId, String eventType,
                        JsonObject payload, Locale locale);

    record Enrolled(Progress progress, boolean created) {
    }

    record OpenedActivity(Activity activity, ActivityContent content, boolean completed) {
    }

    record EventOutcome(boolean completed, String reason, Progress progress) {
    }
}
