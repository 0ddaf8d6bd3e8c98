package jp.medsec.lms.quiz.questiontype.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
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
import jp.medsec.lms.quiz.spi.Shuffler;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Matching. Presentation: {@code {"stems": [{"id", "text"}...], "answers": [{"id", "text"}...]}}, answers (with
 * distractors) always shuffled. Response: {@code {"pairs": {"<stem id>": "<answer id>", ...}}}. Grade: the share
 * of stems paired with their own answer.
 */
@ApplicationScoped
public class MatchingType implements QuestionType {

    public static final String ID = "matching";

    private static final QuestionTypeDescriptor DESCRIPTOR =
            new QuestionTypeDescriptor(ID, "1.0.0", "1.0", "Matching");

    @Override
    public QuestionTypeDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<DefinitionProblem> validate(JsonObject definition) {
        DefinitionReader reader = new DefinitionReader();
        MatchingDefinition.read(definition, reader);
        return reader.problems();
    }

    @Override
    public JsonObject presentation(JsonObject definition, PresentationOptions options) {
        MatchingDefinition d = MatchingDefinition.fromJson(definition);
        List<MatchingDefinition.Pair> stems = d.shuffle()
                ? Shuffler.shuffle(d.pairs(), options.shuffleSeed(), 1) : d.pairs();
        JsonArrayBuilder s = Json.createArrayBuilder();
        stems.forEach(p -> s.add(Json.createObjectBuilder().add("id", p.id()).add("text", p.stem().toJson())));
        JsonArrayBuilder a = Json.createArrayBuilder();
        Shuffler.shuffleAwayFromOriginal(d.answers(), options.shuffleSeed(), 2)
                .forEach(x -> a.add(Json.createObjectBuilder().add("id", x.id()).add("text", x.text())));
        return Json.createObjectBuilder().add("stems", s).add("answers", a).build();
    }

    @Override
    public GradeResult grade(JsonObject definition, JsonObject response) {
        MatchingDefinition d = MatchingDefinition.fromJson(definition);
        JsonValue value = response.get("pairs");
        if (value == null || value == JsonValue.NULL) {
            return GradeResult.graded(0, List.of());
        }
        if (!(value instanceof JsonObject given)) {
            throw new InvalidResponseException(MatchingDefinition.MESSAGES.message("matching.bad-response"));
        }
        Set<String> stemIds = d.pairs().stream().map(MatchingDefinition.Pair::id).collect(Collectors.toSet());
        Set<String> answerIds = d.answers().stream().map(MatchingDefinition.Answer::id).collect(Collectors.toSet());
        for (Map.Entry<String, JsonValue> e : given.entrySet()) {
            if (!stemIds.contains(e.getKey())) {
                throw new InvalidResponseException(MatchingDefinition.MESSAGES.message("matching.unknown-id", e.getKey()));
            }
            if (e.getValue() == JsonValue.NULL) {
                continue;
            }
            if (!(e.getValue() instanceof JsonString a) || !answerIds.contains(a.getString())) {
                throw new InvalidResponseException(
                        MatchingDefinition.MESSAGES.message("matching.unknown-id", String.valueOf(e.getValue())));
            }
        }
        long right = d.pairs().stream().filter(p -> given.get(p.id()) instanceof JsonString a
                && a.getString().equals(p.answerId())).count();
        return GradeResult.graded((double) right / d.pairs().size(), List.of());
    }

    @Override
    public Optional<String> rightAnswer(JsonObject definition, Locale locale) {
        MatchingDefinition d = MatchingDefinition.fromJson(definition);
        return Optional.of(d.pairs().stream().map(p -> p.stem().toPlainText() + " → " + d.answerText(p.answerId()))
                .collect(Collectors.joining("; ")));
    }
}
