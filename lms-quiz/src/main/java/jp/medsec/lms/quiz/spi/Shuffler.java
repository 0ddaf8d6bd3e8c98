package jp.medsec.lms.quiz.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A reproducible shuffle: Fisher-Yates over {@link Random}, whose algorithm the Java specification fixes, so the
 * same seed gives the same order on every JVM (a learner who reloads sees the same page). The {@code salt}
 * separates shuffles of different lists in one question (a matching question's stems and answers).
 */
public final class Shuffler {

    private Shuffler() {
    }

    public static <T> List<T> shuffle(List<T> items, long seed, int salt) {
        List<T> result = new ArrayList<>(items);
        Random random = new Random(seed * 31 + salt);
        for (int i = result.size() - 1; i > 0; i--) {
            Collections.swap(result, i, random.nextInt(i + 1));
        }
        return result;
    }

    /**
     * A shuffle that never returns the list in its original order (for two or more distinct items), for lists
     * whose original order is the answer (ordering questions) or lines up with it (matching answers).
     */
    public static <T> List<T> shuffleAwayFromOriginal(List<T> items, long seed, int salt) {
        List<T> result = shuffle(items, seed, salt);
        if (result.size() > 1 && result.equals(items)) {
            Collections.rotate(result, 1);
        }
        return result;
    }
}
