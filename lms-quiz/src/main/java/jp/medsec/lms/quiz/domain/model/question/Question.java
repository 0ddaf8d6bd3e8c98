package jp.medsec.lms.quiz.domain.model.question;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jp.medsec.lms.quiz.questiontype.QuestionTypeRegistry;
import jp.medsec.lms.quiz.spi.DefinitionProblem;
import jp.medsec.lms.quiz.spi.DefinitionReader;
import jp.medsec.lms.quiz.spi.FormattedText;
import jp.medsec.lms.quiz.spi.InvalidDefinitionException;
import jp.medsec.lms.quiz.spi.JsonNumbers;
import jp.medsec.lms.quiz.spi.MessageBundle;
import jp.medsec.lms.quiz.spi.QuestionType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A question of any type: what every question has, plus the {@code definition} that only its type reads
 * (choices, accepted answers, pairs... including per-answer feedback). Immutable; an edit is a new version.
 * <p>
 * The constructor checks what holds for every question (a name, a positive mark, clean tags); whether the
 * definition suits the type is the type's call, through {@link #problems(QuestionTypeRegistry)}.
 */
public record Question(String typeId, String name, FormattedText text, double defaultMark,
                       FormattedText generalFeedback, CategoryPath category, List<String> tags,
                       JsonObject definition) {

    /** Version of the JSON form written by {@link #toJson()}; {@link #fromJson} refuses others. */
    public static final int SCHEMA_VERSION = 1;
    public static final int MAX_NAME = 255;

    private static final MessageBundle MESSAGES = MessageBundle.of(Question.class);

    public Question {
        Objects.requireNonNull(typeId, "typeId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(generalFeedback, "generalFeedback");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(tags, "tags");
        Objects.requireNonNull(definition, "definition");
        name = name.strip();
        if (generalFeedback.isBlank()) {
            generalFeedback = FormattedText.EMPTY;
        }
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new IllegalArgumentException("A question name is 1 to " + MAX_NAME + " characters: '" + name + "'");
        }
        if (!(defaultMark > 0) || Double.isInfinite(defaultMark)) {
            throw new IllegalArgumentException("The default mark must be greater than 0: " + defaultMark);
        }
        Set<String> clean = new LinkedHashSet<>();
        tags.forEach(t -> {
            String s = Objects.requireNonNull(t, "tag").strip();
            if (!s.isEmpty()) {
                clean.add(s);
            }
        });
        tags = List.copyOf(clean);
    }

    /**
     * Every problem that keeps this question from being used: an uninstalled type, an empty text, and whatever the
     * type finds in the definition (paths prefixed with {@code definition.}). Empty when it can be stored.
     */
    public List<DefinitionProblem> problems(QuestionTypeRegistry registry) {
        List<DefinitionProblem> problems = new ArrayList<>();
        if (text.isBlank()) {
            problems.add(new DefinitionProblem("text", MESSAGES.message("question.text-required")));
        }
        Optional<QuestionType> type = registry.find(typeId);
        if (type.isEmpty()) {
            problems.add(new DefinitionProblem("type", MESSAGES.message("question.unknown-type", typeId)));
        } else {
            type.get().validate(definition).forEach(p -> problems.add(new DefinitionProblem(
                    DefinitionReader.at("definition", p.path()).replaceAll("\\.$", ""), p.message())));
        }
        return problems;
    }

    /**
     * The stored form: {@code {"schemaVersion": 1, "type", "name", "text", "defaultMark", "generalFeedback"
     * (when not blank), "category": [...], "tags": [...], "definition": {...}}}.
     */
    public JsonObject toJson() {
        JsonArrayBuilder c = Json.createArrayBuilder();
        category.segments().forEach(c::add);
        JsonArrayBuilder t = Json.createArrayBuilder();
        tags.forEach(t::add);
        JsonObjectBuilder b = Json.createObjectBuilder().add("schemaVersion", SCHEMA_VERSION).add("type", typeId)
                .add("name", name).add("text", text.toJson()).add("defaultMark", JsonNumbers.canonical(defaultMark));
        if (!generalFeedback.isBlank()) {
            b.add("generalFeedback", generalFeedback.toJson());
        }
        return b.add("category", c).add("tags", t).add("definition", definition).build();
    }

    /**
     * Reads {@link #toJson()}'s form; throws {@link InvalidDefinitionException} listing every problem with the
     * common fields (the definition itself is the type's to check).
     */
    public static Question fromJson(JsonObject json) {
        DefinitionReader r = new DefinitionReader();
        r.onlyFields(json, "", Set.of("schemaVersion", "type", "name", "text", "defaultMark", "generalFeedback",
                "category", "tags", "definition"));
        int version = r.wholeNumber(json, "", "schemaVersion", 1, Integer.MAX_VALUE).orElse(SCHEMA_VERSION);
        if (version != SCHEMA_VERSION) {
            r.problem("schemaVersion", MESSAGES.message("question.unknown-schema", version));
        }
        String type = r.string(json, "", "type", true);
        String name = r.string(json, "", "name", true);
        if (name.strip().length() > MAX_NAME) {
            r.problem("name", MESSAGES.message("question.name-too-long", MAX_NAME));
        }
        FormattedText text = r.text(json, "", "text", true);
        BigDecimal mark = r.number(json, "", "defaultMark", true).orElse(BigDecimal.ONE);
        if (mark.signum() <= 0) {
            r.problem("defaultMark", MESSAGES.message("question.mark-not-positive"));
        }
        FormattedText generalFeedback = r.text(json, "", "generalFeedback", false);
        List<String> category = r.strings(json, "", "category");
        if (category.stream().anyMatch(String::isBlank)) {
            r.problem("category", MESSAGES.message("question.blank-category"));
        }
        List<String> tags = r.strings(json, "", "tags");
        JsonObject definition = json.get("definition") instanceof JsonObject o ? o : null;
        if (definition == null) {
            r.problem("definition", MESSAGES.message("question.definition-required"));
        }
        r.orThrow(null);
        return new Question(type, name, text, mark.doubleValue(), generalFeedback, new CategoryPath(category), tags,
                definition);
    }

    /** A copy with another category (an import placed under a course's category, for example). */
    public Question withCategory(CategoryPath newCategory) {
        return new Question(typeId, name, text, defaultMark, generalFeedback, newCategory, tags, definition);
    }
}
