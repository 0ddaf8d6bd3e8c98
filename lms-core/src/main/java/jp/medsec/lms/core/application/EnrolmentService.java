package jp.medsec.lms.core.application;

import jakarta.json.JsonObject;
import jp.medsec.lms.core.domain.model.course.Activity;
import jp.medsec.lms.core.domain.model.enrolment.Enrolment;
import jp.medsec.lms.core.domain.model.enrolment.Progress;
import jp.medsec.lms.spi.ActivityContent;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A learner's own enrolments, activities and progress. Every method acts for the learner whose id it gets. */
public interface EnrolmentService {

    /** Enrols the learner; enrolling twice is harmless and says so. */
    Enrolled enrol(String learnerId, String courseId);

    Optional<Progress> progress(String learnerId, String courseId);

    /** Progress with the rounds (受講回): the current one, whether a new one may start now, and the finished ones. */
    Optional<Standing> standing(String learnerId, String courseId);

    List<Enrolment> enrolments(String learnerId);

    /**
     * Starts the learner's next round (受講回) of a course completed in an earlier fiscal year: the finished round is
     * kept as evidence and the course starts again with nothing complete. Refused (conflict) otherwise.
     */
    Progress startNewRound(String learnerId, String courseId);

    /** Opens an activity of a course the learner is enrolled in. */
    OpenedActivity open(String learnerId, String courseId, String activityId, Locale locale);

    /** Records an event and lets the activity's plugin decide whether it is now complete. */
    EventOutcome record(String learnerId, String courseId, String activityId, String eventType,
                        JsonObject payload, Locale locale);

    record Enrolled(Progress progress, boolean created) {
    }

    /** A round of a course: when it started and when the course was complete in it (null while it is not). */
    record Round(int number, Instant startedAt, Instant completedAt) {
    }

    record Standing(Progress progress, Round current, boolean mayStartNewRound, List<Round> past) {
    }

    /** An activity as presented to the learner in their current round of the course. */
    record OpenedActivity(Activity activity, ActivityContent content, boolean completed, int round) {
    }

    record EventOutcome(boolean completed, String reason, Progress progress) {
    }
}
