package jp.medsec.lms.quiz.application;

import jp.medsec.lms.core.application.Actor;
import jp.medsec.lms.quiz.application.QuizService.QuizContext;
import jp.medsec.lms.quiz.domain.model.override.QuizOverride;

import java.time.Instant;
import java.util.List;

/**
 * Exceptions to a quiz's rules for one learner (found by e-mail) or one institution's staff, each with a reason and
 * audited; for trainers of the course's track and administrators. Attempts apply them through {@link #applyTo}.
 */
public interface QuizOverrideService {

    List<OverrideView> list(Actor actor, String courseId, String activityId);

    /** Creates the override of this learner or institution, or replaces its rules. Exactly one of the two. */
    OverrideView save(Actor actor, String courseId, String activityId, String learnerEmail, String institutionId,
                      QuizOverride.Rules rules, String reason);

    void delete(Actor actor, String courseId, String activityId, String overrideId);

    /** The learner's context with their override's rules (their own, else their institution's) in its settings. */
    QuizContext applyTo(QuizContext context);

    record OverrideView(String id, String learnerId, String learnerName, String learnerEmail, String institutionId,
                        String institutionName, Instant opensAt, Instant closesAt, Integer timeLimitMinutes,
                        Integer attempts, String reason, Instant createdAt) {
    }
}
