package jp.medsec.lms.quiz.spi;

import java.util.Objects;

/**
 * A response whose shape the type cannot read (a choice id that is not in the question, a string where an array
 * belongs). Only a broken or forged client sends one, so a REST layer answers 400; what a learner can type (an
 * unreadable number, an empty answer) is graded instead, with a note.
 */
public class InvalidResponseException extends IllegalArgumentException {

    private final transient Message reason;

    public InvalidResponseException(Message reason) {
        super(Objects.requireNonNull(reason, "reason").en());
        this.reason = reason;
    }

    public Message reason() {
        return reason;
    }
}
