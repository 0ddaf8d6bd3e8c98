package jp.medsec.lms.core.domain.model.learner;

import java.util.List;
import java.util.Optional;

public interface LearnerRepository {

    Optional<Learner> find(String id);

    Optional<Learner> findByEmail(String email);

    Optional<Learner> findByInvitation(String invitationHash);

    void store(Learner learner);

    /** Staff of an institution, or only of one department when {@code departmentId} is not null; by name. */
    List<Learner> findStaff(String institutionId, String departmentId);
}
