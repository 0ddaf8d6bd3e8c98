package jp.medsec.lms.quiz.spi;

/**
 * The version of the question-type SPI. A type built for {@code major.minor} runs on a quiz with the same major
 * version and an equal or higher minor version; the registry refuses anything else at start-up (the same rule as
 * the core's {@code SpiVersion}, kept separate because the two contracts evolve separately).
 */
public final class QuizSpiVersion {

    public static final String CURRENT = "1.0";

    private QuizSpiVersion() {
    }

    public static boolean satisfies(String required) {
        return satisfies(CURRENT, required);
    }

    /** Whether a quiz providing {@code provided} can run a type that requires {@code required}. */
    public static boolean satisfies(String provided, String required) {
        int[] have = parse(provided);
        int[] want = parse(required);
        return have[0] == want[0] && have[1] >= want[1];
    }

    private static int[] parse(String version) {
        String[] parts = version.trim().split("\\.");
        if (parts.length != 2) {
            throw new IllegalArgumentException("Quiz SPI version must be major.minor: " + version);
        }
        try {
            return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Quiz SPI version must be major.minor: " + version, e);
        }
    }
}
