package jp.medsec.lms.quiz.application;

import jp.medsec.lms.core.application.Actor;

import java.time.Instant;
import java.util.List;

/**
 * Grading by hand what no question type grades by itself (essays): the submitted attempts of a quiz that wait for a
 * grader, and a mark with a comment for one of their questions. For trainers of the course's track and
 * administrators; anyone else gets not found. Each grade is audited. When an attempt's last such question is
 * graded, its score and pass are final and the core re-decides the learner's completion in the same transaction.
 */
public interface QuizGradingService {

    /** Finished attempts with a question still waiting for a grader, oldest submission first. */
    List<AttemptToGrade> pending(Actor actor, String courseId, String activityId);

    /**
     * Finished attempts whose hand-graded questions all have their grade, newest submission first, so that a grader
     * can look a grade up again and correct it (with {@link #grade}, on the version shown).
     */
    List<AttemptToGrade> graded(Actor actor, String courseId, String activityId);

    /**
     * Sets the mark (0 to the question's mark) and comment of one hand-graded question. {@code version} is the
     * attempt's version the trainer's page showed: if the attempt changed since (another grader), the grade is refused
     * as a conflict and nothing is overwritten. Returns the attempt as it now is.
     */
    AttemptToGrade grade(Actor actor, String courseId, String activityId, String attemptId, int slot, long version,
                         double mark, String comment);

    /** An attempt and its hand-graded questions; {@code percent} and {@code passed} are final once nothing waits. */
    record AttemptToGrade(String attemptId, long version, String learnerId, String learnerName, String learnerEmail,
                          int number, Instant finishedAt, boolean needsGrading, Double percent, Boolean passed,
                          List<ManualSlot> slots) {
    }

    /**
     * One hand-graded question of an attempt. {@code text} and {@code graderInfo} are safe HTML; {@code response} is
     * the learner's text exactly as typed (plain text: a page must insert it as text, never as markup).
     */
    record ManualSlot(int slot, String questionName, String text, String graderInfo, double maxMark, String response,
                      boolean graded, Double mark, String comment, Instant gradedAt) {
    }
}
