package jp.medsec.lms.quiz.spi;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A plugin's messages: {@code messages_ja.properties} and {@code messages_en.properties} in the plugin's own
 * package (UTF-8, {@link String#format} patterns such as {@code %1$s}). Both are loaded exactly, without falling
 * back to the JVM's locale, so a missing English text fails the plugin's tests rather than showing Japanese.
 */
public final class MessageBundle {

    private static final ResourceBundle.Control EXACT =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle ja;
    private final ResourceBundle en;

    private MessageBundle(String baseName, ClassLoader loader) {
        this.ja = ResourceBundle.getBundle(baseName, Locale.JAPANESE, loader, EXACT);
        this.en = ResourceBundle.getBundle(baseName, Locale.ENGLISH, loader, EXACT);
    }

    /** The bundle {@code messages} in the package of {@code owner}, loaded with the owner's class loader. */
    public static MessageBundle of(Class<?> owner) {
        Objects.requireNonNull(owner, "owner");
        return new MessageBundle(owner.getPackageName() + ".messages", owner.getClassLoader());
    }

    /** A message in both languages; throws {@link java.util.MissingResourceException} for an unknown key. */
    public Message message(String key, Object... args) {
        List<String> texts = Arrays.stream(args).map(String::valueOf).toList();
        Object[] values = texts.toArray();
        return new Message(key, texts, String.format(Locale.JAPANESE, ja.getString(key), values),
                String.format(Locale.ENGLISH, en.getString(key), values));
    }

    /** Keys of each language, for tests that check both files list the same messages. */
    public List<String> keys(Locale language) {
        ResourceBundle b = "en".equals(language.getLanguage()) ? en : ja;
        return b.keySet().stream().sorted().toList();
    }
}
