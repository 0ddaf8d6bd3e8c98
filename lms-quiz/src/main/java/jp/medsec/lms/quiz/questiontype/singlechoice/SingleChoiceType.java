package jp.medsec.lms.quiz.questiontype.singlechoice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jp.medsec.lms.quiz.spi.Choice;
import jp.medsec.lms.quiz.spi.DefinitionProblem;
import jp.medsec.lms.quiz.spi.DefinitionReader;
import jp.medsec.lms.quiz.spi.GradeResult;
import jp.medsec.lms.quiz.spi.InvalidResponseException;
import jp.medsec.lms.quiz.spi.PresentationOptions;
import jp.medsec.lms.quiz.spi.QuestionType;
import jp.medsec.lms.quiz.spi.QuestionTypeDescriptor;
import jp.medsec.lms.quiz.spi.Shuffler;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Single choice. Presentation: {@code {"choices": [{"id", "text"}...]}} in this learner's order. Response:
 * {@code {"choice": "<id>"}} (absent or null: no answer). Grade: the chosen choice's fraction, never below 0,
 * with its feedback.
 */
@ApplicationScoped
public class SingleChoiceType implements QuestionType {

    public static final String ID = "single-choice";

    private static final QuestionTypeDescriptor DESCRIPTOR =
            new QuestionTypeDescriptor(ID, "1.0.0", "1.0", "Single choice");

    @Override
    public QuestionTypeDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<DefinitionProblem> validate(JsonObject definition) {
        DefinitionReader reader = new DefinitionReader();
        SingleChoiceDefinition.read(definition, reader);
        return reader.problems();
    }

    @Override
    public JsonObject presentation(JsonObject definition, PresentationOptions options) {
        SingleChoiceDefinition d = SingleChoiceDefinition.fromJson(definition);
        List<Choice> order = d.shuffle() ? Shuffler.shuffle(d.choices(), options.shuffleSeed(), 1) : d.choices();
        JsonArrayBuilder choices = Json.createArrayBuilder();
        order.forEach(c -> choices.add(c.toPresentation()));
        return Json.createObjectBuilder().add("choices", choices).build();
    }

    @Override
    public GradeResult grade(JsonObject definition, JsonObject response) {
        SingleChoiceDefinition d = SingleChoiceDefinition.fromJson(definition);
        JsonValue chosen = response.get("choice");
        if (chosen == null || chosen == JsonValue.NULL) {
            return GradeResult.graded(0, List.of());
        }
        if (!(chosen instanceof JsonString id)) {
            throw new InvalidResponseException(SingleChoiceDefinition.MESSAGES.message("single-choice.bad-response"));
        }
        Choice choice = d.choices().stream().filter(c -> c.id().equals(id.getString())).findFirst()
                .orElseThrow(() -> new InvalidResponseException(
                        SingleChoiceDefinition.MESSAGES.message("single-choice.unknown-choice", id.getString())));
        return GradeResult.graded(choice.fraction(), List.of(choice.feedback()));
    }

    @Override
    public Optional<String> rightAnswer(JsonObject definition, Locale locale) {
        SingleChoiceDefinition d = SingleChoiceDefinition.fromJson(definition);
        return Optional.of(d.choices().stream().filter(c -> c.fraction() >= 1)
                .map(c -> c.text().toPlainText()).collect(Collectors.joining(" / ")));
    }
}
