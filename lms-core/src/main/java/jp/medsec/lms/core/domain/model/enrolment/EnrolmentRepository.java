package jp.medsec.lms.core.domain.model.enrolment;

import java.util.List;
import java.util.Optional;

public interface EnrolmentRepository {

    Optional<Enrolment> find(String learnerId, String courseId);

    List<Enrolment> findByLearner(String learnerId);

    void store(Enrolment enrolment);

    void append(RecordedEvent event);

    List<RecordedEvent> eventsFor(String enrolmentId, String activityId);
}
