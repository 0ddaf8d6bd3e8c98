package jp.medsec.lms.quiz.questiontype.shortanswer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
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
 * Short answer. Presentation: {@code {}} (a text box; nothing about the answers). Response:
 * {@code {"text": "..."}}. Grade: the first accepted answer, in the author's order, that matches after
 * {@link AnswerNormalizer normalisation}; no match earns 0.
 */
@ApplicationScoped
public class ShortAnswerType implements QuestionType {

    public static final String ID = "short-answer";

    private static final QuestionTypeDescriptor DESCRIPTOR =
            new QuestionTypeDescriptor(ID, "1.0.0", "1.0", "Short answer");

    @Override
    public QuestionTypeDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<DefinitionProblem> validate(JsonObject definition) {
        DefinitionReader reader = new DefinitionReader();
        ShortAnswerDefinition.read(definition, reader);
        return reader.problems();
    }

    @Override
    public JsonObject presentation(JsonObject definition, PresentationOptions options) {
        ShortAnswerDefinition.fromJson(definition);
        return JsonValue.EMPTY_JSON_OBJECT;
    }

    @Override
    public GradeResult grade(JsonObject definition, JsonObject response) {
        ShortAnswerDefinition d = ShortAnswerDefinition.fromJson(definition);
        String text = text(response);
        if (text.isBlank()) {
            return GradeResult.graded(0, List.of());
        }
        for (ShortAnswerDefinition.Answer answer : d.answers()) {
            if (AnswerNormalizer.matches(answer.pattern(), text, d.caseSensitive())) {
                return GradeResult.graded(answer.fraction(), List.of(answer.feedback()));
            }
        }
        return GradeResult.graded(0, List.of());
    }

    static String text(JsonObject response) {
        JsonValue value = response.get("text");
        if (value == null || value == JsonValue.NULL) {
            return "";
        }
        if (!(value instanceof JsonString s)) {
            throw new InvalidResponseException(ShortAnswerDefinition.MESSAGES.message("short-answer.bad-response"));
        }
        return s.getString();
    }

    @Override
    public Optional<String> rightAnswer(JsonObject definition, Locale locale) {
        ShortAnswerDefinition d = ShortAnswerDefinition.fromJson(definition);
        return d.answers().stream().filter(a -> a.fraction() >= 1).findFirst()
                .map(a -> AnswerNormalizer.display(a.pattern()));
    }
}
