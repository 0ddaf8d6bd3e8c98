package jp.medsec.lms.quiz.questiontype.essay;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
 * Essay. Presentation: {@code {"responseFormat": "plain", "responseTemplate": {...}}} (no grader information).
 * Response: {@code {"text": "..."}}. Grade: always {@code NEEDS_MANUAL_GRADING}; a blank essay says so in a note.
 */
@ApplicationScoped
public class EssayType implements QuestionType {

    public static final String ID = "essay";

    private static final QuestionTypeDescriptor DESCRIPTOR = new QuestionTypeDescriptor(ID, "1.0.0", "1.0", "Essay");

    @Override
    public QuestionTypeDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<DefinitionProblem> validate(JsonObject definition) {
        DefinitionReader reader = new DefinitionReader();
        EssayDefinition.read(definition, reader);
        return reader.problems();
    }

    @Override
    public JsonObject presentation(JsonObject definition, PresentationOptions options) {
        EssayDefinition d = EssayDefinition.fromJson(definition);
        JsonObjectBuilder b = Json.createObjectBuilder().add("responseFormat", d.responseFormat().jsonName());
        if (!d.responseTemplate().isBlank()) {
            b.add("responseTemplate", d.responseTemplate().toJson());
        }
        return b.build();
    }

    @Override
    public GradeResult grade(JsonObject definition, JsonObject response) {
        EssayDefinition.fromJson(definition);
        JsonValue value = response.get("text");
        if (value != null && value != JsonValue.NULL && !(value instanceof JsonString)) {
            throw new InvalidResponseException(EssayDefinition.MESSAGES.message("essay.bad-response"));
        }
        boolean blank = !(value instanceof JsonString s) || s.getString().isBlank();
        return GradeResult.needsManualGrading(blank ? List.of(EssayDefinition.MESSAGES.message("essay.blank")) : List.of());
    }

    @Override
    public Optional<String> rightAnswer(JsonObject definition, Locale locale) {
        EssayDefinition.fromJson(definition);
        return Optional.empty();
    }

    @Override
    public boolean gradesAutomatically() {
        return false;
    }
}
