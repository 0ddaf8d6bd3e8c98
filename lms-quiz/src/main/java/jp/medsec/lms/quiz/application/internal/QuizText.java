package jp.medsec.lms.quiz.application.internal;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jp.medsec.lms.activity.page.SafeMarkdown;
import jp.medsec.lms.quiz.spi.FormattedText;
import jp.medsec.lms.quiz.spi.TextFormat;

/**
 * Question texts as HTML that is safe to insert: plain text escaped with its line breaks, Markdown through the
 * LMS's safe renderer (raw HTML escaped). HTML from Moodle imports is shown as its text, tags removed, until an
 * HTML sanitiser is part of the build: safe, if plainer than the original.
 */
final class QuizText {

    private QuizText() {
    }

    static String html(FormattedText text) {
        return switch (text.format()) {
            case MARKDOWN -> SafeMarkdown.toHtml(text.text());
            case PLAIN -> escape(text.text()).replace("\n", "<br>");
            case HTML -> escape(text.text().replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", "")
                    .replaceAll("(?i)<br\\s*/?>|</p>", "\n").replaceAll("<[^>]*>", "")
                    .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip())
                    .replace("\n", "<br>");
        };
    }

    /** A stored {@code {"text", "format"}} as safe HTML. */
    static String html(JsonObject formatted) {
        TextFormat format = TextFormat.fromJsonName(formatted.getString("format", "plain")).orElse(TextFormat.PLAIN);
        return html(new FormattedText(formatted.getString("text", ""), format));
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * A type's presentation with every formatted text ({@code {"text", "format"}}) replaced by {@code {"html"}}, so
     * the page inserts only HTML the server made safe, whatever the type's shape.
     */
    static JsonValue rendered(JsonValue value) {
        if (value instanceof JsonObject o) {
            if (o.size() == 2 && o.get("text") instanceof JsonString t && o.get("format") instanceof JsonString f) {
                return Json.createObjectBuilder().add("html", html(o)).build();
            }
            JsonObjectBuilder b = Json.createObjectBuilder();
            o.forEach((k, v) -> b.add(k, rendered(v)));
            return b.build();
        }
        if (value instanceof JsonArray a) {
            JsonArrayBuilder b = Json.createArrayBuilder();
            a.forEach(v -> b.add(rendered(v)));
            return b.build();
        }
        return value;
    }
}
