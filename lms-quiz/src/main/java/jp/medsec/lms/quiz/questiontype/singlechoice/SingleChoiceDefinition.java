package jp.medsec.lms.quiz.questiontype.singlechoice;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jp.medsec.lms.quiz.spi.Choice;
import jp.medsec.lms.quiz.spi.DefinitionReader;
import jp.medsec.lms.quiz.spi.MessageBundle;

import java.util.List;
import java.util.Set;

/**
 * A single-choice definition. JSON: {@code {"choices": [Choice...], "shuffle": true}}; {@code shuffle} (default
 * true) lets each learner see the choices in their own order.
 */
public record SingleChoiceDefinition(List<Choice> choices, boolean shuffle) {

    static final MessageBundle MESSAGES = MessageBundle.of(SingleChoiceDefinition.class);

    public SingleChoiceDefinition {
        choices = List.copyOf(choices);
    }

    public JsonObject toJson() {
        JsonArrayBuilder a = Json.createArrayBuilder();
        choices.forEach(c -> a.add(c.toJson()));
        return Json.createObjectBuilder().add("choices", a).add("shuffle", shuffle).build();
    }

    /** Reads {@code json}, reporting every problem to {@code reader}. */
    static SingleChoiceDefinition read(JsonObject json, DefinitionReader reader) {
        reader.onlyFields(json, "", Set.of("choices", "shuffle"));
        List<Choice> choices = Choice.readAll(reader, json, "choices", 2, -1);
        if (choices.stream().noneMatch(c -> c.fraction() >= 1)) {
            reader.problem("choices", MESSAGES.message("single-choice.no-right-choice"));
        }
        return new SingleChoiceDefinition(choices, reader.bool(json, "", "shuffle", true));
    }

    /** The definition, or {@link jp.medsec.lms.quiz.spi.InvalidDefinitionException} listing every problem. */
    public static SingleChoiceDefinition fromJson(JsonObject json) {
        DefinitionReader reader = new DefinitionReader();
        return reader.orThrow(read(json, reader));
    }
}
