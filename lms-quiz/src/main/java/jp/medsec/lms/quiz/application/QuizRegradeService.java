package jp.medsec.lms.quiz.application;

import jp.medsec.lms.core.application.Actor;

import java.util.List;

/**
 * After a trainer corrects a question (a new version), grades a quiz's finished attempts again with the latest
 * versions. A dry run lists whose grades would change and changes nothing; the real run updates them, lets the core
 * re-decide completion (a learner who now passes completes the quiz; a completion already recorded stays) and is
 * audited. For trainers of the course's track and administrators.
 */
public interface QuizRegradeService {

    Regrade regrade(Actor actor, String courseId, String activityId, boolean dryRun);

    record Regrade(boolean dryRun, int changed, List<Change> changes) {
    }

    record Change(String attemptId, String learnerId, String learnerName, int attemptNumber, double percentBefore,
                  double percentAfter, boolean passedBefore, boolean passedAfter) {
    }
}
