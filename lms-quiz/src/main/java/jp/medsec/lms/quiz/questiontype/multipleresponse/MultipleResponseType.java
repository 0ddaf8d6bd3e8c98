package jp.medsec.lms.quiz.questiontype.multipleresponse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jp.medsec.lms.quiz.spi.Choice;
import jp.medsec.lms.quiz.spi.DefinitionProblem;
import jp.medsec.lms.quiz.spi.DefinitionReader;
import jp.medsec.lms.quiz.spi.FormattedText;
import jp.medsec.lms.quiz.spi.GradeResult;
import jp.medsec.lms.quiz.spi.InvalidResponseException;
import jp.medsec.lms.quiz.spi.PresentationOptions;
import jp.medsec.lms.quiz.spi.QuestionType;
import jp.medsec.lms.quiz.spi.QuestionTypeDescriptor;
import jp.medsec.lms.quiz.spi.Shuffler;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Multiple response. Presentation: {@code {"choices": [{"id", "text"}...]}} in this learner's order (never how
 * many are right). Response: {@code {"choices": ["<id>", ...]}} (absent or empty: nothing ticked). Grade: the sum
 * of the ticked choices' fractions within 0..1, with each ticked choice's feedback in definition order.
 */
@ApplicationScoped
public class MultipleResponseType implements QuestionType {

    public static final String ID = "multiple-response";

    private static final QuestionTypeDescriptor DESCRIPTOR =
            new QuestionTypeDescriptor(ID, "1.0.0", "1.0", "Multiple response");

    @Override
    public QuestionTypeDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<DefinitionProblem> validate(JsonObject definition) {
        DefinitionReader reader = new DefinitionReader();
        MultipleResponseDefinition.read(definition, reader);
        return reader.problems();
    }

    @Override
    public JsonObject presentation(JsonObject definition, PresentationOptions options) {
        MultipleResponseDefinition d = MultipleResponseDefinition.fromJson(definition);
        List<Choice> order = d.shuffle() ? Shuffler.shuffle(d.choices(), options.shuffleSeed(), 1) : d.choices();
        JsonArrayBuilder choices = Json.createArrayBuilder();
        order.forEach(c -> choices.add(c.toPresentation()));
        return Json.createObjectBuilder().add("choices", choices).build();
    }

    @Override
    public GradeResult grade(JsonObject definition, JsonObject response) {
        MultipleResponseDefinition d = MultipleResponseDefinition.fromJson(definition);
        Set<String> ticked = ticked(response);
        Set<String> known = d.choices().stream().map(Choice::id).collect(Collectors.toSet());
        for (String id : ticked) {
            if (!known.contains(id)) {
                throw new InvalidResponseException(
                        MultipleResponseDefinition.MESSAGES.message("multiple-response.unknown-choice", id));
            }
        }
        List<Choice> chosen = d.choices().stream().filter(c -> ticked.contains(c.id())).toList();
        double sum = chosen.stream().mapToDouble(Choice::fraction).sum();
        List<FormattedText> feedback = chosen.stream().map(Choice::feedback).toList();
        return GradeResult.graded(sum, feedback);
    }

    private static Set<String> ticked(JsonObject response) {
        JsonValue value = response.get("choices");
        Set<String> ids = new HashSet<>();
        if (value == null || value == JsonValue.NULL) {
            return ids;
        }
        if (!(value instanceof JsonArray array)) {
            throw new InvalidResponseException(
                    MultipleResponseDefinition.MESSAGES.message("multiple-response.bad-response"));
        }
        for (JsonValue v : array) {
            if (!(v instanceof JsonString s)) {
                throw new InvalidResponseException(
                        MultipleResponseDefinition.MESSAGES.message("multiple-response.bad-response"));
            }
            ids.add(s.getString());
        }
        return ids;
    }

    @Override
    public Optional<String> rightAnswer(JsonObject definition, Locale locale) {
        MultipleResponseDefinition d = MultipleResponseDefinition.fromJson(definition);
        return Optional.of(d.choices().stream().filter(c -> c.fraction() > 0)
                .map(c -> c.text().toPlainText()).collect(Collectors.joining(" / ")));
    }
}
