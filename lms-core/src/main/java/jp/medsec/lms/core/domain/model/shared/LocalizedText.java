package jp.medsec.lms.core.domain.model.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Locale;
import java.util.Objects;

/**
 * Text in Japanese (always present: it is the language of the programme) and English (optional; falls back
 * to Japanese). Entities that hold several override the column names.
 */
@Embeddable
public class LocalizedText {

    @Column(name = "text_ja", length = 4000, nullable = false)
    private String ja;

    @Column(name = "text_en", length = 4000)
    private String en;

    protected LocalizedText() {
    }

    public LocalizedText(String ja, String en) {
        Objects.requireNonNull(ja, "Japanese text is required");
        if (ja.isBlank()) {
            throw new InvalidInputException("text.blank", "Japanese text must not be blank");
        }
        this.ja = ja.strip();
        this.en = en == null || en.isBlank() ? null : en.strip();
    }

    public static LocalizedText ja(String ja) {
        return new LocalizedText(ja, null);
    }

    public String ja() {
        return ja;
    }

    /** English text, or the Japanese when no translation exists. */
    public String en() {
        return en == null ? ja : en;
    }

    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en() : ja;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalizedText other && ja.equals(other.ja) && Objects.equals(en, other.en);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ja, en);
    }

    @Override
    public String toString() {
        return ja;
    }
}
