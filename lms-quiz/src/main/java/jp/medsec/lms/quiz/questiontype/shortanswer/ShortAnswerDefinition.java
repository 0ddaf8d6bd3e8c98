package jp.medsec.lms.quiz.questiontype.shortanswer;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jp.medsec.lms.quiz.spi.DefinitionReader;
import jp.medsec.lms.quiz.spi.FormattedText;
import jp.medsec.lms.quiz.spi.JsonNumbers;
import jp.medsec.lms.quiz.spi.MessageBundle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A short-answer definition. JSON: {@code {"answers": [{"pattern": "ランサムウェア", "fraction": 1,
 * "feedback": {...}}...], "caseSensitive": false}}. At least one answer is worth 1; fractions are within 0..1.
 */
public record ShortAnswerDefinition(List<Answer> answers, boolean caseSensitive) {

    static final MessageBundle MESSAGES = MessageBundle.of(ShortAnswerDefinition.class);

    public ShortAnswerDefinition {
        answers = List.copyOf(answers);
    }

    /** One accepted answer: a pattern ({@code *} is a wildcard), its worth and its feedback. */
    public record Answer(String pattern, double fraction, FormattedText feedback) {

        public Answer {
            Objects.requireNonNull(pattern, "pattern");
            Objects.requireNonNull(feedback, "feedback");
        }

        JsonObject toJson() {
            JsonObjectBuilder b = Json.createObjectBuilder().add("pattern", pattern)
                    .add("fraction", JsonNumbers.canonical(fraction));
            if (!feedback.isBlank()) {
                b.add("feedback", feedback.toJson());
            }
            return b.build();
        }
    }

    public JsonObject toJson() {
        JsonArrayBuilder a = Json.createArrayBuilder();
        answers.forEach(x -> a.add(x.toJson()));
        return Json.createObjectBuilder().add("answers", a).add("caseSensitive", caseSensitive).build();
    }

    static ShortAnswerDefinition read(JsonObject json, DefinitionReader reader) {
        reader.onlyFields(json, "", Set.of("answers", "caseSensitive"));
        boolean caseSensitive = reader.bool(json, "", "caseSensitive", false);
        List<JsonObject> objects = reader.objects(json, "", "answers", 1);
        List<Answer> answers = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < objects.size(); i++) {
            JsonObject o = objects.get(i);
            String path = DefinitionReader.at("", "answers", i);
            reader.onlyFields(o, path, Set.of("pattern", "fraction", "feedback"));
            String pattern = reader.string(o, path, "pattern", true);
            if (!pattern.isBlank() && !AnswerNormalizer.hasWildcard(pattern)
                    && AnswerNormalizer.normalize(pattern, caseSensitive).isEmpty()) {
                reader.problem(DefinitionReader.at(path, "pattern"), MESSAGES.message("short-answer.empty-pattern"));
            }
            String key = AnswerNormalizer.normalize(pattern, caseSensitive);
            if (!pattern.isBlank() && seen.putIfAbsent(key, i + 1) != null) {
                reader.problem(DefinitionReader.at(path, "pattern"),
                        MESSAGES.message("short-answer.same-as-earlier", pattern, seen.get(key)));
            }
            double fraction = reader.fraction(o, path, "fraction", 1, 0, 1);
            answers.add(new Answer(pattern, fraction, reader.text(o, path, "feedback", false)));
        }
        if (!answers.isEmpty() && answers.stream().noneMatch(a -> a.fraction() >= 1)) {
            reader.problem("answers", MESSAGES.message("short-answer.no-full-marks"));
        }
        return new ShortAnswerDefinition(answers, caseSensitive);
    }

    /** The definition, or {@link jp.medsec.lms.quiz.spi.InvalidDefinitionException} listing every problem. */
    public static ShortAnswerDefinition fromJson(JsonObject json) {
        DefinitionReader reader = new DefinitionReader();
        return reader.orThrow(read(json, reader));
    }
}
