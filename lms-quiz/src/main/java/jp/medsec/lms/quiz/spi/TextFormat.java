package jp.medsec.lms.quiz.spi;

import java.util.Locale;
import java.util.Optional;

/**
 * How a text is written. The web layer renders each safely: plain text escaped with line breaks kept, Markdown
 * with raw HTML escaped, HTML (only from Moodle imports) through a sanitiser. JSON name in {@link #jsonName()}.
 */
public enum TextFormat {
    PLAIN, MARKDOWN, HTML;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TextFormat> fromJsonName(String name) {
        for (TextFormat f : values()) {
            if (f.jsonName().equals(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
