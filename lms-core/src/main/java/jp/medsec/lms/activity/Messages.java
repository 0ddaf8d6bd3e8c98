package jp.medsec.lms.activity;

import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A plugin's texts in Japanese and English, kept beside it ({@code messages_ja.properties},
 * {@code messages_en.properties} in its package, keys prefixed with the plugin id). English for a learner whose
 * language is English, Japanese for everyone else: Japanese is the programme's language, so a French browser gets
 * Japanese rather than whatever the server's default locale happens to be.
 */
public final class Messages {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String baseName;
    private final ClassLoader loader;

    private Messages(Class<?> anchor) {
        this.baseName = anchor.getPackageName() + ".messages";
        this.loader = anchor.getClassLoader();
    }

    /** The bundle {@code messages} in the anchor class's package. */
    public static Messages of(Class<?> anchor) {
        return new Messages(Objects.requireNonNull(anchor, "anchor"));
    }

    public static boolean english(Locale locale) {
        return locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    /**
     * The text for {@code key}, formatted with {@link String#format} arguments ({@code %1$d}, {@code %2$s}) when
     * there are any (so a text without arguments may contain a plain "%").
     */
    public String text(Locale locale, String key, Object... args) {
        Locale language = english(locale) ? Locale.ENGLISH : Locale.JAPANESE;
        String pattern = ResourceBundle.getBundle(baseName, language, loader, NO_FALLBACK).getString(key);
        return args.length == 0 ? pattern : String.format(language, pattern, args);
    }

    /** {@link #text} escaped for HTML, for the placeholders activity types put in a page. */
    public String html(Locale locale, String key, Object... args) {
        return text(locale, key, args).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }
}
