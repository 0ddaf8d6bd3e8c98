package jp.medsec.lms.spi;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpiVersionTest {

    @Test
    void samemajorAndLowerOrEqualMinorIsSatisfied() {
        assertTrue(SpiVersion.satisfies("1.3", "1.0"));
        assertTrue(SpiVersion.satisfies("1.3", "1.3"));
    }

    @Test
    void newerMinorOrOtherMajorIsRefused() {
        assertFalse(SpiVersion.satisfies("1.0", "1.1"));
        assertFalse(SpiVersion.satisfies("2.0", "1.0"));
        assertFalse(SpiVersion.satisfies("1.0", "2.0"));
    }

    @Test
    void malformedVersionIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> SpiVersion.satisfies("1.0", "one"));
    }

    @Test
    void pluginIdsAreLowerCaseWords() {
        assertThrows(IllegalArgumentException.class, () -> new PluginDescriptor("Quiz Type", "1", "1.0", "x"));
        new PluginDescriptor("live-session", "1.0.0", "1.0", "Live session");
    }
}
