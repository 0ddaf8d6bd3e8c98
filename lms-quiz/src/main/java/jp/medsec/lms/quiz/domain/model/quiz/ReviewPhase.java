package jp.medsec.lms.quiz.domain.model.quiz;

import java.time.Duration;
import java.time.Instant;

/** When a learner looks at an attempt, as Moodle's review options divide it. */
public enum ReviewPhase {
    /** The attempt is still in progress. */
    DURING("during"),
    /** Within two minutes of finishing it. */
    IMMEDIATELY("immediately"),
    /** Later, while the quiz is still open. */
    LATER("later"),
    /** After the quiz has closed. */
    AFTER_CLOSE("afterClose");

    static final Duration IMMEDIATE_WINDOW = Duration.ofMinutes(2);

    private final String jsonName;

    ReviewPhase(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    /** The phase of an attempt finished at {@code finishedAt} (null: in progress) for a quiz closing at {@code closesAt}. */
    public static ReviewPhase of(Instant finishedAt, Instant closesAt, Instant now) {
        if (finishedAt == null) {
            return DURING;
        }
        if (closesAt != null && !now.isBefore(closesAt)) {
            return AFTER_CLOSE;
        }
        return now.isBefore(finishedAt.plus(IMMEDIATE_WINDOW)) ? IMMEDIATELY : LATER;
    }
}
