package jp.medsec.lms.quiz.questiontype.numeric;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jp.medsec.lms.quiz.spi.DefinitionReader;
import jp.medsec.lms.quiz.spi.FormattedText;
import jp.medsec.lms.quiz.spi.JsonNumbers;
import jp.medsec.lms.quiz.spi.MessageBundle;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A numeric definition. JSON: {@code {"answers": [{"value": 73, "tolerance": 0, "fraction": 1, "feedback": {...}}],
 * "otherwiseFeedback": {...}, "units": [{"name": "日", "multiplier": 1}]}}. Answers are tried in order; the first
 * whose {@code value ± tolerance} contains the typed number decides. {@code otherwiseFeedback} is shown when none
 * does. A unit's {@code multiplier} has Moodle's meaning: how many of that unit make one of the answers' unit, so a
 * typed number is divided by it ({@code か月}: 12 when answers are in 年; {@code 万円}: 0.0001 when they are in 円).
 * Dividing by Moodle's exact multiplier keeps {@code 60か月} exactly 5 years, which 1/12 as a factor would not.
 */
public record NumericDefinition(List<Answer> answers, FormattedText otherwiseFeedback, List<Unit> units) {

    static final MessageBundle MESSAGES = MessageBundle.of(NumericDefinition.class);

    public NumericDefinition {
        answers = List.copyOf(answers);
        Objects.requireNonNull(otherwiseFeedback, "otherwiseFeedback");
        units = List.copyOf(units);
    }

    /** One right (or partly right) range. */
    public record Answer(BigDecimal value, BigDecimal tolerance, double fraction, FormattedText feedback) {

        public Answer {
            value = JsonNumbers.canonical(value);
            tolerance = JsonNumbers.canonical(tolerance);
            Objects.requireNonNull(feedback, "feedback");
        }

        public boolean accepts(BigDecimal typed) {
            return typed.subtract(value).abs().compareTo(tolerance) <= 0;
        }

        JsonObject toJson() {
            JsonObjectBuilder b = Json.createObjectBuilder().add("value", value).add("tolerance", tolerance)
                    .add("fraction", JsonNumbers.canonical(fraction));
            if (!feedback.isBlank()) {
                b.add("feedback", feedback.toJson());
            }
            return b.build();
        }
    }

    /** A unit a learner may type after the number. */
    public record Unit(String name, BigDecimal multiplier) {

        public Unit {
            Objects.requireNonNull(name, "name");
            multiplier = JsonNumbers.canonical(multiplier);
        }
    }

    public JsonObject toJson() {
        JsonArrayBuilder a = Json.createArrayBuilder();
        answers.forEach(x -> a.add(x.toJson()));
        JsonArrayBuilder u = Json.createArrayBuilder();
        units.forEach(x -> u.add(Json.createObjectBuilder().add("name", x.name()).add("multiplier", x.multiplier())));
        JsonObjectBuilder b = Json.createObjectBuilder().add("answers", a);
        if (!otherwiseFeedback.isBlank()) {
            b.add("otherwiseFeedback", otherwiseFeedback.toJson());
        }
        return b.add("units", u).build();
    }

    static NumericDefinition read(JsonObject json, DefinitionReader reader) {
        reader.onlyFields(json, "", Set.of("answers", "otherwiseFeedback", "units"));
        List<Answer> answers = new ArrayList<>();
        List<JsonObject> objects = reader.objects(json, "", "answers", 1);
        for (int i = 0; i < objects.size(); i++) {
            JsonObject o = objects.get(i);
            String path = DefinitionReader.at("", "answers", i);
            reader.onlyFields(o, path, Set.of("value", "tolerance", "fraction", "feedback"));
            BigDecimal value = reader.number(o, path, "value", true).orElse(BigDecimal.ZERO);
            BigDecimal tolerance = reader.number(o, path, "tolerance", false).orElse(BigDecimal.ZERO);
            if (tolerance.signum() < 0) {
                reader.problem(DefinitionReader.at(path, "tolerance"), MESSAGES.message("numeric.negative-tolerance"));
                tolerance = BigDecimal.ZERO;
            }
            double fraction = reader.fraction(o, path, "fraction", 1, 0, 1);
            answers.add(new Answer(value, tolerance, fraction, reader.text(o, path, "feedback", false)));
        }
        if (!answers.isEmpty() && answers.stream().noneMatch(a -> a.fraction() >= 1)) {
            reader.problem("answers", MESSAGES.message("numeric.no-full-marks"));
        }
        List<Unit> units = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<JsonObject> unitObjects = reader.objects(json, "", "units", 0);
        for (int i = 0; i < unitObjects.size(); i++) {
            JsonObject o = unitObjects.get(i);
            String path = DefinitionReader.at("", "units", i);
            reader.onlyFields(o, path, Set.of("name", "multiplier"));
            String name = reader.string(o, path, "name", true);
            BigDecimal multiplier = reader.number(o, path, "multiplier", true).orElse(BigDecimal.ONE);
            if (multiplier.signum() <= 0) {
                reader.problem(DefinitionReader.at(path, "multiplier"), MESSAGES.message("numeric.bad-multiplier"));
                multiplier = BigDecimal.ONE;
            }
            if (!name.isBlank()) {
                String key = NumberReader.unitKey(name);
                if (Character.isDigit(key.charAt(0)) || "+-.,".indexOf(key.charAt(0)) >= 0) {
                    reader.problem(DefinitionReader.at(path, "name"), MESSAGES.message("numeric.bad-unit", name));
                } else if (!names.add(key)) {
                    reader.problem(DefinitionReader.at(path, "name"), MESSAGES.message("numeric.duplicate-unit", name));
                }
            }
            units.add(new Unit(name, multiplier));
        }
        return new NumericDefinition(answers, reader.text(json, "", "otherwiseFeedback", false), units);
    }

    /** The definition, or {@link jp.medsec.lms.quiz.spi.InvalidDefinitionException} listing every problem. */
    public static NumericDefinition fromJson(JsonObject json) {
        DefinitionReader reader = new DefinitionReader();
        return reader.orThrow(read(json, reader));
    }
}
