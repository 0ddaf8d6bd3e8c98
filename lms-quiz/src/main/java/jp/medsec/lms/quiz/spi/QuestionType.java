package jp.medsec.lms.quiz.spi;

import jakarta.json.JsonObject;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A kind of question (single choice, short answer, ...). Implementations are {@code @ApplicationScoped} CDI beans
 * in any jar of the application; the quiz finds them by type and checks their {@link #descriptor()} once at
 * start-up (see {@code QuestionTypeRegistry}).
 * <p>
 * The quiz stores, for each question, the common fields (name, text, mark, general feedback, category, tags) and
 * a <em>definition</em>: a JSON object whose shape belongs to the type (choices with fractions, accepted answers,
 * pairs...). A learner's <em>response</em> is a JSON object whose shape the type also defines. The type is
 * stateless: every method gets what it needs as arguments, so grading can be replayed and audited.
 * <p>
 * Every method except {@link #validate} may assume a definition that validated, and throws
 * {@link InvalidDefinitionException} otherwise.
 */
public interface QuestionType {

    QuestionTypeDescriptor descriptor();

    /** Every problem with the definition (not just the first), so an author fixes them in one go; empty if valid. */
    List<DefinitionProblem> validate(JsonObject definition);

    /**
     * What a learner may see before review: the items to choose from, in the order for this learner. It must
     * never contain anything that gives the answer away: no fractions, no per-answer feedback, no accepted
     * answers, no marks, and no order or id that correlates with correctness. The question text and mark are the
     * quiz's to show.
     */
    JsonObject presentation(JsonObject definition, PresentationOptions options);

    /**
     * Grades one response. A response that is empty or cannot be read as an answer (an unreadable number) earns 0
     * with a note; a response of the wrong shape (unknown ids, wrong JSON types) throws
     * {@link InvalidResponseException}.
     */
    GradeResult grade(JsonObject definition, JsonObject response);

    /**
     * The right answer as one line of plain text for the review page ("Ａ → Ｂ; Ｃ → Ｄ", "3 ± 0.5"), or empty
     * where there is none to show (an essay).
     */
    Optional<String> rightAnswer(JsonObject definition, Locale locale);

    /** False for types a person grades (essay): a quiz containing them cannot show a final grade at once. */
    default boolean gradesAutomatically() {
        return true;
    }

    /** Throws {@link InvalidDefinitionException} listing every problem unless the definition is valid. */
    default void requireValid(JsonObject definition) {
        List<DefinitionProblem> problems = validate(definition);
        if (!problems.isEmpty()) {
            throw new InvalidDefinitionException(problems);
        }
    }
}
