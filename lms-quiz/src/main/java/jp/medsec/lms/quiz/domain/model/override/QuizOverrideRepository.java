package jp.medsec.lms.quiz.domain.model.override;

import java.util.List;
import java.util.Optional;

public interface QuizOverrideRepository {

    /** Stores and flushes, so the unique keys (one per learner, one per institution) speak here. */
    void storeNow(QuizOverride override);

    Optional<QuizOverride> find(String id);

    void remove(QuizOverride override);

    /** A quiz's overrides, oldest first. */
    List<QuizOverride> ofActivity(String activityId);
}
