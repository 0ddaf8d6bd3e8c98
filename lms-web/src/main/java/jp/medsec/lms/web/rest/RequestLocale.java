package jp.medsec.lms.web.rest;

import jakarta.ws.rs.core.HttpHeaders;

import java.util.Locale;

/** The user's language from Accept-Language: English if asked for first, Japanese otherwise. */
public final class RequestLocale {

    private RequestLocale() {
    }

    public static Locale of(HttpHeaders headers) {
        if (headers == null) {
            return Locale.JAPANESE;
        }
        return headers.getAcceptableLanguages().stream()
                .filter(l -> l.getLanguage().equals("en") || l.getLanguage().equals("ja"))
                .findFirst().map(l -> l.getLanguage().equals("en") ? Locale.ENGLISH : Locale.JAPANESE)
                .orElse(Locale.JAPANESE);
    }
}
