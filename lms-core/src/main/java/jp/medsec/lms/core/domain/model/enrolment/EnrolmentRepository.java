package jp.medsec.lms.core.domain.model.enrolment;

import java.util.List;
import java.util.Optional;

public interface EnrolmentRepository {

    Optional<Enrolment> find(String learnerId, String courseId);

    /** The enrolment with its row locked until the transaction ends, so changes of its round queue. */
    Optional<Enrolment> findLocked(String learnerId, String courseId);

    List<Enrolment> findByLearner(String learnerId);

    /** Enrolments in a course, optionally only of one institution's staff. */
    List<Enrolment> findByCourse(String courseId, String institutionId);

    void store(Enrolment enrolment);

    void append(RecordedEvent event);

    /** The events of the enrolment's current round on one activity, in the order they happened. */
    List<RecordedEvent> eventsFor(Enrolment enrolment, String activityId);
}
