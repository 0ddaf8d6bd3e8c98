package jp.medsec.lms.quiz.questiontype.numeric;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a number as a learner may type it. After Unicode NFKC ({@code １２．５} = {@code 12.5}, {@code ，} = {@code ,}),
 * every space is removed, a leading minus may be any dash ({@code −}, {@code ー}, {@code －}), commas must group
 * thousands ({@code 1,000,000}; {@code 1,00} is refused rather than guessed), and whatever follows the number must
 * be one of the question's units (compared after NFKC without case); the number is then divided by the unit's
 * multiplier to give it in the answers' unit.
 */
public final class NumberReader {

    private static final Pattern NUMBER = Pattern.compile(
            "([+-]?)((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d*)?|\\.\\d+)(?:[eE]([+-]?\\d{1,3}))?(.*)", Pattern.DOTALL);
    private static final String MINUS_LOOKALIKES = "−ー‐‑‒–—―﹣";

    private NumberReader() {
    }

    /** The value in the answers' unit, or empty when the text is not a number followed by nothing or a known unit. */
    public static Optional<BigDecimal> read(String typed, List<NumericDefinition.Unit> units) {
        String s = Normalizer.normalize(typed, Normalizer.Form.NFKC).replaceAll("[\\s\\p{Z}]+", "");
        if (!s.isEmpty() && MINUS_LOOKALIKES.indexOf(s.charAt(0)) >= 0) {
            s = "-" + s.substring(1);
        }
        Matcher m = NUMBER.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal digits = new BigDecimal(m.group(1) + m.group(2).replace(",", ""));
        BigDecimal value = m.group(3) == null ? digits : digits.scaleByPowerOfTen(Integer.parseInt(m.group(3)));
        String unit = m.group(4);
        if (unit.isEmpty()) {
            return Optional.of(value);
        }
        String wanted = unitKey(unit);
        return units.stream().filter(u -> unitKey(u.name()).equals(wanted)).findFirst()
                .map(u -> value.divide(u.multiplier(), MathContext.DECIMAL128));
    }

    static String unitKey(String unit) {
        return Normalizer.normalize(unit, Normalizer.Form.NFKC).replaceAll("[\\s\\p{Z}]+", "").toLowerCase(Locale.ROOT);
    }
}
