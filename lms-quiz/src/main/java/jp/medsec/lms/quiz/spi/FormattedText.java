package jp.medsec.lms.quiz.spi;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.util.Objects;
import java.util.regex.Pattern;

/** A text with its format, as authored. JSON: {@code {"text": "...", "format": "plain|markdown|html"}}. */
public record FormattedText(String text, TextFormat format) {

    public static final FormattedText EMPTY = new FormattedText("", TextFormat.PLAIN);

    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    public FormattedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
    }

    public static FormattedText plain(String text) {
        return new FormattedText(text, TextFormat.PLAIN);
    }

    public static FormattedText markdown(String text) {
        return new FormattedText(text, TextFormat.MARKDOWN);
    }

    public boolean isBlank() {
        return text.isBlank();
    }

    /**
     * The text without markup, for one-line summaries such as the right answer on a review page. HTML loses its
     * tags and the five predefined entities are decoded; Markdown is left as written (it reads as text).
     */
    public String toPlainText() {
        if (format != TextFormat.HTML) {
            return text.strip();
        }
        String noTags = TAG.matcher(text).replaceAll(" ");
        return noTags.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", " ").replace("&amp;", "&").replaceAll("\\s+", " ").strip();
    }

    public JsonObject toJson() {
        return Json.createObjectBuilder().add("text", text).add("format", format.jsonName()).build();
    }
}
