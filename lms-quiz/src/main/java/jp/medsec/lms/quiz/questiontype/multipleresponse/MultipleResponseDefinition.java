package jp.medsec.lms.quiz.questiontype.multipleresponse;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jp.medsec.lms.quiz.spi.Choice;
import jp.medsec.lms.quiz.spi.DefinitionReader;
import jp.medsec.lms.quiz.spi.JsonNumbers;
import jp.medsec.lms.quiz.spi.MessageBundle;

import java.util.List;
import java.util.Set;

/**
 * A multiple-response definition. JSON: {@code {"choices": [Choice...], "shuffle": true}}: positive fractions add
 * up to 1, wrong choices 0 or negative (see the package description for the rule).
 */
public record MultipleResponseDefinition(List<Choice> choices, boolean shuffle) {

    static final MessageBundle MESSAGES = MessageBundle.of(MultipleResponseDefinition.class);

    /** Moodle rounds the sum to two decimals before comparing with 100%, so 3 x 33.333% passes. */
    static final double SUM_TOLERANCE = 0.005;

    public MultipleResponseDefinition {
        choices = List.copyOf(choices);
    }

    public JsonObject toJson() {
        JsonArrayBuilder a = Json.createArrayBuilder();
        choices.forEach(c -> a.add(c.toJson()));
        return Json.createObjectBuilder().add("choices", a).add("shuffle", shuffle).build();
    }

    static MultipleResponseDefinition read(JsonObject json, DefinitionReader reader) {
        reader.onlyFields(json, "", Set.of("choices", "shuffle"));
        List<Choice> choices = Choice.readAll(reader, json, "choices", 2, -1);
        if (!choices.isEmpty()) {
            double positive = choices.stream().mapToDouble(Choice::fraction).filter(f -> f > 0).sum();
            double all = choices.stream().mapToDouble(Choice::fraction).sum();
            if (Math.abs(positive - 1) > SUM_TOLERANCE) {
                reader.problem("choices", MESSAGES.message("multiple-response.positives-not-100",
                        JsonNumbers.canonical(Math.round(positive * 100_000) / 1000.0).toPlainString()));
            } else if (all >= 1 - SUM_TOLERANCE) {
                reader.problem("choices", MESSAGES.message("multiple-response.ticking-all-wins"));
            }
        }
        return new MultipleResponseDefinition(choices, reader.bool(json, "", "shuffle", true));
    }

    /** The definition, or {@link jp.medsec.lms.quiz.spi.InvalidDefinitionException} listing every problem. */
    public static MultipleResponseDefinition fromJson(JsonObject json) {
        DefinitionReader reader = new DefinitionReader();
        return reader.orThrow(read(json, reader));
    }
}
