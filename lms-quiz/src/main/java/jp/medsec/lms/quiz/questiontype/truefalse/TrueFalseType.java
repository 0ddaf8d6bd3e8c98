package jp.medsec.lms.quiz.questiontype.truefalse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jp.medsec.lms.quiz.spi.DefinitionProblem;
import jp.medsec.lms.quiz.spi.DefinitionReader;
import jp.medsec.lms.quiz.spi.GradeResult;
import jp.medsec.lms.quiz.spi.InvalidResponseException;
import jp.medsec.lms.quiz.spi.PresentationOptions;
import jp.medsec.lms.quiz.spi.QuestionType;
import jp.medsec.lms.quiz.spi.QuestionTypeDescriptor;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * True/false. Presentation: {@code {}} (the page shows the two buttons). Response: {@code {"answer": true}}
 * (absent or null: no answer). Grade: 1 for the right answer, 0 otherwise, with the feedback for the answer given.
 */
@ApplicationScoped
public class TrueFalseType implements QuestionType {

    public static final String ID = "true-false";

    private static final QuestionTypeDescriptor DESCRIPTOR =
            new QuestionTypeDescriptor(ID, "1.0.0", "1.0", "True or false");

    @Override
    public QuestionTypeDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<DefinitionProblem> validate(JsonObject definition) {
        DefinitionReader reader = new DefinitionReader();
        TrueFalseDefinition.read(definition, reader);
        return reader.problems();
    }

    @Override
    public JsonObject presentation(JsonObject definition, PresentationOptions options) {
        TrueFalseDefinition.fromJson(definition);
        return JsonValue.EMPTY_JSON_OBJECT;
    }

    @Override
    public GradeResult grade(JsonObject definition, JsonObject response) {
        TrueFalseDefinition d = TrueFalseDefinition.fromJson(definition);
        JsonValue answer = response.get("answer");
        if (answer == null || answer == JsonValue.NULL) {
            return GradeResult.graded(0, List.of());
        }
        boolean said = switch (answer.getValueType()) {
            case TRUE -> true;
            case FALSE -> false;
            default -> throw new InvalidResponseException(TrueFalseDefinition.MESSAGES.message("true-false.bad-response"));
        };
        return GradeResult.graded(said == d.correct() ? 1 : 0, List.of(said ? d.feedbackTrue() : d.feedbackFalse()));
    }

    @Override
    public Optional<String> rightAnswer(JsonObject definition, Locale locale) {
        TrueFalseDefinition d = TrueFalseDefinition.fromJson(definition);
        var m = TrueFalseDefinition.MESSAGES.message(d.correct() ? "true-false.true" : "true-false.false");
        return Optional.of(m.text(locale));
    }
}
