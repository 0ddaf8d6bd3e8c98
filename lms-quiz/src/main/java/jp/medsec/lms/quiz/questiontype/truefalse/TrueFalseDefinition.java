package jp.medsec.lms.quiz.questiontype.truefalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jp.medsec.lms.quiz.spi.DefinitionReader;
import jp.medsec.lms.quiz.spi.FormattedText;
import jp.medsec.lms.quiz.spi.MessageBundle;

import java.util.Objects;
import java.util.Set;

/**
 * A true/false definition. JSON: {@code {"correct": true, "feedbackTrue": {...}, "feedbackFalse": {...}}}:
 * {@code feedbackTrue} is shown to a learner who answered "true", whether that was right or not.
 */
public record TrueFalseDefinition(boolean correct, FormattedText feedbackTrue, FormattedText feedbackFalse) {

    static final MessageBundle MESSAGES = MessageBundle.of(TrueFalseDefinition.class);

    public TrueFalseDefinition {
        Objects.requireNonNull(feedbackTrue, "feedbackTrue");
        Objects.requireNonNull(feedbackFalse, "feedbackFalse");
    }

    public JsonObject toJson() {
        JsonObjectBuilder b = Json.createObjectBuilder().add("correct", correct);
        if (!feedbackTrue.isBlank()) {
            b.add("feedbackTrue", feedbackTrue.toJson());
        }
        if (!feedbackFalse.isBlank()) {
            b.add("feedbackFalse", feedbackFalse.toJson());
        }
        return b.build();
    }

    static TrueFalseDefinition read(JsonObject json, DefinitionReader reader) {
        reader.onlyFields(json, "", Set.of("correct", "feedbackTrue", "feedbackFalse"));
        boolean correct = reader.requiredBool(json, "", "correct").orElse(true);
        return new TrueFalseDefinition(correct, reader.text(json, "", "feedbackTrue", false),
                reader.text(json, "", "feedbackFalse", false));
    }

    /** The definition, or {@link jp.medsec.lms.quiz.spi.InvalidDefinitionException} listing every problem. */
    public static TrueFalseDefinition fromJson(JsonObject json) {
        DefinitionReader reader = new DefinitionReader();
        return reader.orThrow(read(json, reader));
    }
}
