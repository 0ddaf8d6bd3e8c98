package jp.medsec.lms.quiz.spi;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of grading one response. {@code fraction} is the share of the question's mark earned, from 0 to 1
 * (never negative: penalties stop at 0). {@code feedback} is the author's feedback for what the learner chose or
 * typed, in definition order; {@code notes} are the type's own remarks (for example, that a number could not be
 * read). General feedback is the question's, not the type's, and is shown by the quiz.
 */
public record GradeResult(GradeStatus status, double fraction, List<FormattedText> feedback, List<Message> notes) {

    public GradeResult {
        Objects.requireNonNull(status, "status");
        if (Double.isNaN(fraction) || fraction < 0 || fraction > 1) {
            throw new IllegalArgumentException("fraction must be within 0..1: " + fraction);
        }
        if (status == GradeStatus.NEEDS_MANUAL_GRADING && fraction != 0) {
            throw new IllegalArgumentException("A response that needs manual grading has no fraction yet");
        }
        feedback = feedback.stream().filter(f -> !f.isBlank()).toList();
        notes = List.copyOf(notes);
    }

    /** A graded result; the fraction is clamped to 0..1 (penalties stop at 0, bonuses at full marks). */
    public static GradeResult graded(double fraction, List<FormattedText> feedback) {
        return new GradeResult(GradeStatus.GRADED, clamp(fraction), feedback, List.of());
    }

    public static GradeResult graded(double fraction, List<FormattedText> feedback, List<Message> notes) {
        return new GradeResult(GradeStatus.GRADED, clamp(fraction), feedback, notes);
    }

    public static GradeResult needsManualGrading(List<Message> notes) {
        return new GradeResult(GradeStatus.NEEDS_MANUAL_GRADING, 0, List.of(), notes);
    }

    /** Marks earned for a question worth {@code maxMark}. */
    public double marks(double maxMark) {
        return fraction * maxMark;
    }

    public boolean isFullyCorrect() {
        return status == GradeStatus.GRADED && fraction >= 1 - 1e-9;
    }

    private static double clamp(double fraction) {
        // Sums of fractions such as 3 x 0.3333333 land a hair below or above the bounds.
        if (fraction >= 1 - 1e-6) {
            return 1;
        }
        return Math.max(0, fraction);
    }
}
