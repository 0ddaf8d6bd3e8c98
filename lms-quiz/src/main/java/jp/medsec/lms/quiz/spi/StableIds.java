package jp.medsec.lms.quiz.spi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/**
 * Ids for the items of a definition (choices, pairs, ordering items) derived from their text. A learner's
 * response names items by id, so ids must not give the answer away: numbering choices 1, 2, 3 as written would
 * tell that the author's first choice (often the right one) is {@code 1} however the page shuffles them. A hash
 * of the text says nothing about correctness and is the same every time the same file is imported.
 */
public final class StableIds {

    private StableIds() {
    }

    /**
     * {@code prefix} + the first 8 hex digits of SHA-256 of {@code text}; on a clash with {@code taken}, a
     * suffix {@code -2}, {@code -3}... The id returned is added to {@code taken}.
     */
    public static String of(String prefix, String text, Set<String> taken) {
        String base = prefix + HexFormat.of().formatHex(sha256(text), 0, 4);
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        taken.add(id);
        return id;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
