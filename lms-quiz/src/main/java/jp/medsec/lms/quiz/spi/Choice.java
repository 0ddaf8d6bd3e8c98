package jp.medsec.lms.quiz.spi;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One choice of a choice question, as Moodle keeps its answers: a text, the fraction of the mark it is worth
 * (1 = the right answer, 0 = wrong, negative = a penalty) and the feedback a learner who picks it sees.
 * JSON: {@code {"id": "c1a2b3c4", "text": {...}, "fraction": 1, "feedback": {...}}} ({@code feedback} left out
 * when blank).
 */
public record Choice(String id, FormattedText text, double fraction, FormattedText feedback) {

    public Choice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(feedback, "feedback");
        if (Double.isNaN(fraction) || fraction < -1 || fraction > 1) {
            throw new IllegalArgumentException("fraction must be within -1..1: " + fraction);
        }
    }

    public JsonObject toJson() {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", id).add("text", text.toJson())
                .add("fraction", JsonNumbers.canonical(fraction));
        if (!feedback.isBlank()) {
            b.add("feedback", feedback.toJson());
        }
        return b.build();
    }

    /** What a learner may see of it: the id and the text, nothing about its worth. */
    public JsonObject toPresentation() {
        return Json.createObjectBuilder().add("id", id).add("text", text.toJson()).build();
    }

    /**
     * Reads {@code definition[field]}: at least {@code min} choices, unique ids, non-blank texts that differ
     * from each other, fractions within {@code minFraction..1}.
     */
    public static List<Choice> readAll(DefinitionReader reader, JsonObject definition, String field, int min,
                                       double minFraction) {
        List<Choice> choices = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> texts = new HashSet<>();
        List<JsonObject> objects = reader.objects(definition, "", field, min);
        for (int i = 0; i < objects.size(); i++) {
            JsonObject o = objects.get(i);
            String path = DefinitionReader.at("", field, i);
            reader.onlyFields(o, path, Set.of("id", "text", "fraction", "feedback"));
            String id = reader.id(o, path, ids);
            FormattedText text = reader.text(o, path, "text", true);
            if (!text.isBlank() && !texts.add(text.text().strip())) {
                reader.problem(DefinitionReader.at(path, "text"),
                        MessageBundle.of(Choice.class).message("quiz.duplicate-text", text.text().strip()));
            }
            double fraction = reader.fraction(o, path, "fraction", 0, minFraction, 1);
            FormattedText feedback = reader.text(o, path, "feedback", false);
            choices.add(new Choice(id.isEmpty() ? "?" : id, text, fraction, feedback));
        }
        return choices;
    }
}
