package jp.medsec.lms.quiz.spi;

import java.math.BigDecimal;

/**
 * Numbers in one canonical form (no trailing zeros, never exponent notation), so a definition read from JSON,
 * built by an importer or exported and imported again is equal to itself: JSON-P compares numbers with
 * {@link BigDecimal#equals}, which tells {@code 1} from {@code 1.0}.
 */
public final class JsonNumbers {

    private JsonNumbers() {
    }

    public static BigDecimal canonical(BigDecimal value) {
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return new BigDecimal(value.stripTrailingZeros().toPlainString());
    }

    /** A double through its shortest decimal form ({@code 0.3333333}, not its binary expansion). */
    public static BigDecimal canonical(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("Not a finite number: " + value);
        }
        return canonical(BigDecimal.valueOf(value));
    }
}
