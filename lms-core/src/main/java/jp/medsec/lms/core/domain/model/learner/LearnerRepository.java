package jp.medsec.lms.core.domain.model.learner;

import java.util.Optional;

public interface LearnerRepository {

    Optional<Learner> find(String id);

    Optional<Learner> findByEmail(String email);

    void store(Learner learner);
}
