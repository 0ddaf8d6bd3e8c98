package jp.medsec.lms.quiz.questiontype.numeric;

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

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Numeric. Presentation: {@code {"units": ["日", ...]}} (the units a learner may type, nothing about the answer).
 * Response: {@code {"text": "１，０００円"}} as typed. Grade: the first answer whose range holds the number; an
 * unreadable text earns 0 with the note {@code numeric.unreadable}.
 */
@ApplicationScoped
public class NumericType implements QuestionType {

    public static final String ID = "numeric";

    private static final QuestionTypeDescriptor DESCRIPTOR =
            new QuestionTypeDescriptor(ID, "1.0.0", "1.0", "Numeric");

    @Override
    public QuestionTypeDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<DefinitionProblem> validate(JsonObject definition) {
        DefinitionReader reader = new DefinitionReader();
        NumericDefinition.read(definition, reader);
        return reader.problems();
    }

    @Override
    public JsonObject presentation(JsonObject definition, PresentationOptions options) {
        NumericDefinition d = NumericDefinition.fromJson(definition);
        JsonArrayBuilder units = Json.createArrayBuilder();
        d.units().forEach(u -> units.add(u.name()));
        return Json.createObjectBuilder().add("units", units).build();
    }

    @Override
    public GradeResult grade(JsonObject definition, JsonObject response) {
        NumericDefinition d = NumericDefinition.fromJson(definition);
        JsonValue value = response.get("text");
        if (value == null || value == JsonValue.NULL) {
            return GradeResult.graded(0, List.of());
        }
        if (!(value instanceof JsonString text)) {
            throw new InvalidResponseException(NumericDefinition.MESSAGES.message("numeric.bad-response"));
        }
        if (text.getString().isBlank()) {
            return GradeResult.graded(0, List.of());
        }
        Optional<BigDecimal> number = NumberReader.read(text.getString(), d.units());
        if (number.isEmpty()) {
            return GradeResult.graded(0, List.of(),
                    List.of(NumericDefinition.MESSAGES.message("numeric.unreadable", text.getString())));
        }
        return d.answers().stream().filter(a -> a.accepts(number.get())).findFirst()
                .map(a -> GradeResult.graded(a.fraction(), List.of(a.feedback())))
                .orElseGet(() -> GradeResult.graded(0, List.of(d.otherwiseFeedback())));
    }

    @Override
    public Optional<String> rightAnswer(JsonObject definition, Locale locale) {
        NumericDefinition d = NumericDefinition.fromJson(definition);
        String unit = d.units().stream().filter(u -> u.multiplier().compareTo(BigDecimal.ONE) == 0).findFirst()
                .map(u -> " " + u.name()).orElse("");
        return d.answers().stream().filter(a -> a.fraction() >= 1).findFirst().map(a -> a.value().toPlainString()
                + (a.tolerance().signum() > 0 ? " ± " + a.tolerance().toPlainString() : "") + unit);
    }
}
