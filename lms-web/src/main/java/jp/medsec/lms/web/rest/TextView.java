package jp.medsec.lms.web.rest;

import jp.medsec.lms.core.domain.model.shared.LocalizedText;

/** Text in both languages; the client shows the one the user chose. */
public record TextView(String ja, String en) {

    public static TextView of(LocalizedText text) {
        return new TextView(text.ja(), text.en());
    }
}
