package jp.medsec.lms.quiz.questiontype.matching;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jp.medsec.lms.quiz.spi.DefinitionReader;
import jp.medsec.lms.quiz.spi.FormattedText;
import jp.medsec.lms.quiz.spi.MessageBundle;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A matching definition. JSON: {@code {"pairs": [{"id": "s…", "stem": {...}, "answerId": "a…"}...],
 * "answers": [{"id": "a…", "text": "..."}...], "shuffle": true}}: at least two pairs with distinct stems; answers
 * have distinct texts and those no pair names are distractors. {@code shuffle} shuffles the stems; the answers
 * are always shuffled, since listed as written they would line up with their stems.
 */
public record MatchingDefinition(List<Pair> pairs, List<Answer> answers, boolean shuffle) {

    static final MessageBundle MESSAGES = MessageBundle.of(MatchingDefinition.class);

    public MatchingDefinition {
        pairs = List.copyOf(pairs);
        answers = List.copyOf(answers);
    }

    /** A stem and the id of its answer. */
    public record Pair(String id, FormattedText stem, String answerId) {

        public Pair {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(stem, "stem");
            Objects.requireNonNull(answerId, "answerId");
        }
    }

    /** A right-hand item (plain text, as in Moodle). */
    public record Answer(String id, String text) {

        public Answer {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(text, "text");
        }
    }

    public String answerText(String answerId) {
        return answers.stream().filter(a -> a.id().equals(answerId)).map(Answer::text).findFirst().orElse("");
    }

    /** Answers no pair names. */
    public List<Answer> distractors() {
        Set<String> used = new HashSet<>();
        pairs.forEach(p -> used.add(p.answerId()));
        return answers.stream().filter(a -> !used.contains(a.id())).toList();
    }

    public JsonObject toJson() {
        JsonArrayBuilder p = Json.createArrayBuilder();
        pairs.forEach(x -> p.add(Json.createObjectBuilder().add("id", x.id()).add("stem", x.stem().toJson())
                .add("answerId", x.answerId())));
        JsonArrayBuilder a = Json.createArrayBuilder();
        answers.forEach(x -> a.add(Json.createObjectBuilder().add("id", x.id()).add("text", x.text())));
        return Json.createObjectBuilder().add("pairs", p).add("answers", a).add("shuffle", shuffle).build();
    }

    static MatchingDefinition read(JsonObject json, DefinitionReader reader) {
        reader.onlyFields(json, "", Set.of("pairs", "answers", "shuffle"));
        Set<String> ids = new HashSet<>();
        List<Answer> answers = new ArrayList<>();
        Set<String> answerTexts = new HashSet<>();
        List<JsonObject> answerObjects = reader.objects(json, "", "answers", 2);
        for (int i = 0; i < answerObjects.size(); i++) {
            JsonObject o = answerObjects.get(i);
            String path = DefinitionReader.at("", "answers", i);
            reader.onlyFields(o, path, Set.of("id", "text"));
            String id = reader.id(o, path, ids);
            String text = reader.string(o, path, "text", true);
            if (!text.isBlank() && !answerTexts.add(text.strip())) {
                reader.problem(DefinitionReader.at(path, "text"), MESSAGES.message("matching.duplicate-answer", text));
            }
            answers.add(new Answer(id, text));
        }
        Set<String> answerIds = new HashSet<>();
        answers.forEach(a -> answerIds.add(a.id()));
        List<Pair> pairs = new ArrayList<>();
        Set<String> stems = new HashSet<>();
        List<JsonObject> pairObjects = reader.objects(json, "", "pairs", 2);
        for (int i = 0; i < pairObjects.size(); i++) {
            JsonObject o = pairObjects.get(i);
            String path = DefinitionReader.at("", "pairs", i);
            reader.onlyFields(o, path, Set.of("id", "stem", "answerId"));
            String id = reader.id(o, path, ids);
            FormattedText stem = reader.text(o, path, "stem", true);
            if (!stem.isBlank() && !stems.add(stem.text().strip())) {
                reader.problem(DefinitionReader.at(path, "stem"),
                        MESSAGES.message("matching.duplicate-stem", stem.text().strip()));
            }
            String answerId = reader.string(o, path, "answerId", true);
            if (!answerId.isEmpty() && !answerIds.contains(answerId)) {
                reader.problem(DefinitionReader.at(path, "answerId"), MESSAGES.message("matching.unknown-answer", answerId));
            }
            pairs.add(new Pair(id, stem, answerId));
        }
        return new MatchingDefinition(pairs, answers, reader.bool(json, "", "shuffle", true));
    }

    /** The definition, or {@link jp.medsec.lms.quiz.spi.InvalidDefinitionException} listing every problem. */
    public static MatchingDefinition fromJson(JsonObject json) {
        DefinitionReader reader = new DefinitionReader();
        return reader.orThrow(read(json, reader));
    }
}
