package jp.medsec.lms.quiz.domain.model.quiz;

/** What review may show about each question. */
public enum Reveal {
    /** The learner's own answers. */
    RESPONSES("responses"),
    /** Whether each answer was right, partly right or wrong. */
    CORRECTNESS("correctness"),
    /** Marks per question and the attempt's total. */
    MARKS("marks"),
    /** The right answer. */
    RIGHT_ANSWER("rightAnswer"),
    /** Feedback on the answer and the question's general feedback. */
    FEEDBACK("feedback");

    private final String jsonName;

    Reveal(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }
}
