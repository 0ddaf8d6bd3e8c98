package jp.medsec.lms.quiz.spi;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A message for a person, ready in both languages of the programme. {@code key} is stable (prefixed with the
 * plugin id, e.g. {@code single-choice.no-correct-choice}) so a REST layer can use it as a problem type or pick
 * its own wording; {@code args} are the values filled in; {@code ja} and {@code en} are the rendered texts.
 * Built with {@link MessageBundle#message}, which renders both at once so a message never needs its bundle again.
 */
public record Message(String key, List<String> args, String ja, String en) {

    public Message {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
        Objects.requireNonNull(ja, "ja");
        Objects.requireNonNull(en, "en");
    }

    /** English for an English locale, Japanese for anything else (the programme's language). */
    public String text(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : ja;
    }

    /** {@code {"key": ..., "args": [...], "ja": ..., "en": ...}}. */
    public JsonObject toJson() {
        JsonArrayBuilder a = Json.createArrayBuilder();
        args.forEach(a::add);
        return Json.createObjectBuilder().add("key", key).add("args", a).add("ja", ja).add("en", en).build();
    }

    @Override
    public String toString() {
        return key + ": " + en;
    }
}
