package jp.medsec.lms.quiz.questiontype.essay;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jp.medsec.lms.quiz.spi.DefinitionReader;
import jp.medsec.lms.quiz.spi.FormattedText;
import jp.medsec.lms.quiz.spi.MessageBundle;
import jp.medsec.lms.quiz.spi.TextFormat;

import java.util.Objects;
import java.util.Set;

/**
 * An essay definition. JSON: {@code {"responseFormat": "plain|markdown", "responseTemplate": {...},
 * "graderInfo": {...}}}; all optional ({@code responseFormat} defaults to plain).
 */
public record EssayDefinition(TextFormat responseFormat, FormattedText responseTemplate, FormattedText graderInfo) {

    static final MessageBundle MESSAGES = MessageBundle.of(EssayDefinition.class);

    public EssayDefinition {
        Objects.requireNonNull(responseFormat, "responseFormat");
        Objects.requireNonNull(responseTemplate, "responseTemplate");
        Objects.requireNonNull(graderInfo, "graderInfo");
    }

    public JsonObject toJson() {
        JsonObjectBuilder b = Json.createObjectBuilder().add("responseFormat", responseFormat.jsonName());
        if (!responseTemplate.isBlank()) {
            b.add("responseTemplate", responseTemplate.toJson());
        }
        if (!graderInfo.isBlank()) {
            b.add("graderInfo", graderInfo.toJson());
        }
        return b.build();
    }

    static EssayDefinition read(JsonObject json, DefinitionReader reader) {
        reader.onlyFields(json, "", Set.of("responseFormat", "responseTemplate", "graderInfo"));
        String format = reader.string(json, "", "responseFormat", false);
        TextFormat responseFormat = TextFormat.PLAIN;
        if (!format.isEmpty()) {
            responseFormat = TextFormat.fromJsonName(format).filter(f -> f != TextFormat.HTML).orElse(null);
            if (responseFormat == null) {
                reader.problem("responseFormat", MESSAGES.message("essay.bad-response-format", format));
                responseFormat = TextFormat.PLAIN;
            }
        }
        return new EssayDefinition(responseFormat, reader.text(json, "", "responseTemplate", false),
                reader.text(json, "", "graderInfo", false));
    }

    /** The definition, or {@link jp.medsec.lms.quiz.spi.InvalidDefinitionException} listing every problem. */
    public static EssayDefinition fromJson(JsonObject json) {
        DefinitionReader reader = new DefinitionReader();
        return reader.orThrow(read(json, reader));
    }
}
