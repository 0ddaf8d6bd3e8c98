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

    /** Whether a quiz providing {@code provided} can run a type that requires {@code required} (the core's rule). */
    public static boolean satisfies(String provided, String required) {
        return jp.medsec.lms.spi.SpiVersion.satisfies(provided, required);
    }
}
