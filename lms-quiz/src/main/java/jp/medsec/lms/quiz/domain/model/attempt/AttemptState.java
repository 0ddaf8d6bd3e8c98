package jp.medsec.lms.quiz.domain.model.attempt;

public enum AttemptState {
    IN_PROGRESS,
    /** Submitted by the learner, or closed at the deadline with the answers saved so far. */
    FINISHED
}
