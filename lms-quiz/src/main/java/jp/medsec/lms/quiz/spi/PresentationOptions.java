package jp.medsec.lms.quiz.spi;

/**
 * How to present a question to one learner. {@code shuffleSeed} is kept with the attempt, so the learner sees
 * the same order after a reload and a reviewer sees what the learner saw.
 */
public record PresentationOptions(long shuffleSeed) {
}
