package jp.medsec.lms.quiz.spi;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a definition (or a response) field by field and collects every problem instead of stopping at the first.
 * Each method returns a usable default when a field is missing or wrong, so a type reads the whole definition,
 * then asks {@link #problems()} (for {@code validate}) or calls {@link #orThrow} (for grading).
 * Paths look like {@code choices[2].fraction}.
 */
public final class DefinitionReader {

    /** Ids of items: letters, digits, hyphen and underscore, up to 40 characters. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    private static final MessageBundle MESSAGES = MessageBundle.of(DefinitionReader.class);

    private final List<DefinitionProblem> problems = new ArrayList<>();

    public static String at(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    public static String at(String path, String field, int index) {
        return at(path, field) + "[" + index + "]";
    }

    public void problem(String path, Message message) {
        problems.add(new DefinitionProblem(path, message));
    }

    public List<DefinitionProblem> problems() {
        return List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** The value read, or {@link InvalidDefinitionException} with every problem found on the way. */
    public <T> T orThrow(T value) {
        if (!problems.isEmpty()) {
            throw new InvalidDefinitionException(problems);
        }
        return value;
    }

    /** Reports every field of {@code object} not in {@code allowed}: a typo would otherwise be silently ignored. */
    public void onlyFields(JsonObject object, String path, Set<String> allowed) {
        for (String key : object.keySet()) {
            if (!allowed.contains(key)) {
                problem(at(path, key), MESSAGES.message("quiz.unknown-field", key));
            }
        }
    }

    /** A formatted text object; {@link FormattedText#EMPTY} when absent (a problem only if required) or wrong. */
    public FormattedText text(JsonObject object, String path, String field, boolean required) {
        JsonValue value = object.get(field);
        String where = at(path, field);
        if (value == null || value == JsonValue.NULL) {
            if (required) {
                problem(where, MESSAGES.message("quiz.required"));
            }
            return FormattedText.EMPTY;
        }
        if (!(value instanceof JsonObject o) || !(o.get("text") instanceof JsonString t)) {
            problem(where, MESSAGES.message("quiz.not-formatted-text"));
            return FormattedText.EMPTY;
        }
        onlyFields(o, where, Set.of("text", "format"));
        TextFormat format = TextFormat.PLAIN;
        JsonValue f = o.get("format");
        if (f != null) {
            Optional<TextFormat> known = f instanceof JsonString s ? TextFormat.fromJsonName(s.getString())
                    : Optional.empty();
            if (known.isEmpty()) {
                problem(at(where, "format"), MESSAGES.message("quiz.bad-format"));
            } else {
                format = known.get();
            }
        }
        if (required && t.getString().isBlank()) {
            problem(where, MESSAGES.message("quiz.required"));
        }
        return new FormattedText(t.getString(), format);
    }

    /** A string; {@code ""} when absent (a problem only if required) or not a string. */
    public String string(JsonObject object, String path, String field, boolean required) {
        JsonValue value = object.get(field);
        if (value == null || value == JsonValue.NULL) {
            if (required) {
                problem(at(path, field), MESSAGES.message("quiz.required"));
            }
            return "";
        }
        if (!(value instanceof JsonString s)) {
            problem(at(path, field), MESSAGES.message("quiz.not-string"));
            return "";
        }
        if (required && s.getString().isBlank()) {
            problem(at(path, field), MESSAGES.message("quiz.required"));
        }
        return s.getString();
    }

    /** A number; empty when absent (a problem only if required) or not a number. */
    public Optional<BigDecimal> number(JsonObject object, String path, String field, boolean required) {
        JsonValue value = object.get(field);
        if (value == null || value == JsonValue.NULL) {
            if (required) {
                problem(at(path, field), MESSAGES.message("quiz.required"));
            }
            return Optional.empty();
        }
        if (!(value instanceof JsonNumber n)) {
            problem(at(path, field), MESSAGES.message("quiz.not-number"));
            return Optional.empty();
        }
        return Optional.of(n.bigDecimalValue());
    }

    /** A number within {@code min..max}; {@code defaultValue} when absent, out of range or wrong. */
    public double fraction(JsonObject object, String path, String field, double defaultValue, double min,
                           double max) {
        Optional<BigDecimal> n = number(object, path, field, false);
        if (n.isEmpty()) {
            return defaultValue;
        }
        double v = n.get().doubleValue();
        if (v < min || v > max) {
            problem(at(path, field), MESSAGES.message("quiz.out-of-range", JsonNumbers.canonical(min).toPlainString(),
                    JsonNumbers.canonical(max).toPlainString()));
            return defaultValue;
        }
        return v;
    }

    /** A whole number within {@code min..max}, or empty when absent; a problem when wrong or out of range. */
    public Optional<Integer> wholeNumber(JsonObject object, String path, String field, int min, int max) {
        Optional<BigDecimal> n = number(object, path, field, false);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal v = n.get();
        if (v.stripTrailingZeros().scale() > 0 || v.compareTo(BigDecimal.valueOf(min)) < 0
                || v.compareTo(BigDecimal.valueOf(max)) > 0) {
            problem(at(path, field), MESSAGES.message("quiz.out-of-range", min, max));
            return Optional.empty();
        }
        return Optional.of(v.intValue());
    }

    public boolean bool(JsonObject object, String path, String field, boolean defaultValue) {
        JsonValue value = object.get(field);
        if (value == null || value == JsonValue.NULL) {
            return defaultValue;
        }
        return switch (value.getValueType()) {
            case TRUE -> true;
            case FALSE -> false;
            default -> {
                problem(at(path, field), MESSAGES.message("quiz.not-boolean"));
                yield defaultValue;
            }
        };
    }

    /** A boolean that must be present. */
    public Optional<Boolean> requiredBool(JsonObject object, String path, String field) {
        JsonValue value = object.get(field);
        if (value == null || value == JsonValue.NULL) {
            problem(at(path, field), MESSAGES.message("quiz.required"));
            return Optional.empty();
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE) {
            return Optional.of(value.getValueType() == JsonValue.ValueType.TRUE);
        }
        problem(at(path, field), MESSAGES.message("quiz.not-boolean"));
        return Optional.empty();
    }

    /**
     * An array of objects with at least {@code min} elements; elements that are not objects are reported and
     * left out. Empty when absent (a problem when {@code min > 0}).
     */
    public List<JsonObject> objects(JsonObject object, String path, String field, int min) {
        JsonValue value = object.get(field);
        List<JsonObject> result = new ArrayList<>();
        if (value == null || value == JsonValue.NULL) {
            if (min > 0) {
                problem(at(path, field), MESSAGES.message("quiz.too-few", min));
            }
            return result;
        }
        if (!(value instanceof JsonArray array)) {
            problem(at(path, field), MESSAGES.message("quiz.not-array"));
            return result;
        }
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i) instanceof JsonObject o) {
                result.add(o);
            } else {
                problem(at(path, field, i), MESSAGES.message("quiz.not-object"));
            }
        }
        if (array.size() < min) {
            problem(at(path, field), MESSAGES.message("quiz.too-few", min));
        }
        return result;
    }

    /** An array of strings; elements of other types are reported and left out. */
    public List<String> strings(JsonObject object, String path, String field) {
        JsonValue value = object.get(field);
        List<String> result = new ArrayList<>();
        if (value == null || value == JsonValue.NULL) {
            return result;
        }
        if (!(value instanceof JsonArray array)) {
            problem(at(path, field), MESSAGES.message("quiz.not-array"));
            return result;
        }
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i) instanceof JsonString s) {
                result.add(s.getString());
            } else {
                problem(at(path, field, i), MESSAGES.message("quiz.not-string"));
            }
        }
        return result;
    }

    /** A required item id matching {@link #ID}, unique among {@code seen} (to which it is added). */
    public String id(JsonObject object, String path, Set<String> seen) {
        String id = string(object, path, "id", true);
        if (id.isEmpty()) {
            return id;
        }
        if (!ID.matcher(id).matches()) {
            problem(at(path, "id"), MESSAGES.message("quiz.bad-id", id));
        } else if (!seen.add(id)) {
            problem(at(path, "id"), MESSAGES.message("quiz.duplicate-id", id));
        }
        return id;
    }
}
