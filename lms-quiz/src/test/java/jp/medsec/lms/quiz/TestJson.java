package jp.medsec.lms.quiz;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jp.medsec.lms.quiz.spi.PresentationOptions;

import java.io.StringReader;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;

/** JSON written with single quotes for readable tests, and the check that a presentation gives nothing away. */
public final class TestJson {

    private static final Pattern GIVEAWAY_KEYS =
            Pattern.compile("\"(fraction|feedback\\w*|correct|pattern|answers?Id|graderInfo|value|tolerance|"
                    + "otherwiseFeedback|marks?|defaultMark|right\\w*)\"", Pattern.CASE_INSENSITIVE);

    private TestJson() {
    }

    public static JsonObject json(String singleQuoted) {
        try (var reader = Json.createReader(new StringReader(singleQuoted.replace('\'', '"')))) {
            return reader.readObject();
        }
    }

    public static PresentationOptions seed(long seed) {
        return new PresentationOptions(seed);
    }

    /** Fails when the presentation has a key that carries answers or any of the {@code secrets}. */
    public static void assertGivesNothingAway(JsonValue presentation, String... secrets) {
        String text = presentation.toString();
        assertFalse(GIVEAWAY_KEYS.matcher(text).find(), "presentation names a giveaway field: " + text);
        for (String secret : secrets) {
            assertFalse(text.toLowerCase(Locale.ROOT).contains(secret.toLowerCase(Locale.ROOT)),
                    "presentation contains '" + secret + "': " + text);
        }
    }
}
