package jp.medsec.lms.quiz.spi;

/** Whether the type could grade a response itself. */
public enum GradeStatus {
    /** {@link GradeResult#fraction()} is final. */
    GRADED,
    /** A person must grade it (essay); the fraction is 0 until they do. */
    NEEDS_MANUAL_GRADING
}
