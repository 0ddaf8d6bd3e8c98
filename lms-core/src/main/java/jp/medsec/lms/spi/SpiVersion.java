package jp.medsec.lms.spi;

/**
 * The version of this SPI. A plugin built for {@code major.minor} runs on a core with the same major
 * version and an equal or higher minor version; anything else is refused at start-up.
 * 1.1 added {@link CapabilityProvider}; 1.2 added {@link ActivityRecorder}; 1.3 added {@link ActivityRecorder#round}.
 */
public final class SpiVersion {

    public static final String CURRENT = "1.3";

    private SpiVersion() {
    }

    public static boolean satisfies(String required) {
        return satisfies(CURRENT, required);
    }

    /**
     * Whether something providing version {@code provided} can run what requires {@code required}: same major,
     * equal or higher minor. The quiz's own SPI versions follow the same rule.
     */
    public static boolean satisfies(String provided, String required) {
        int[] have = parse(provided);
        int[] want = parse(required);
        return have[0] == want[0] && have[1] >= want[1];
    }

    private static int[] parse(String version) {
        String[] parts = version.trim().split("\\.");
        if (parts.length != 2) {
            throw new IllegalArgumentException("SPI version must be major.minor: " + version);
        }
        try {
            return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("SPI version must be major.minor: " + version, e);
        }
    }
}
