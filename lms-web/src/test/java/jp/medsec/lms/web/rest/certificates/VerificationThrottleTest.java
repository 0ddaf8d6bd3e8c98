package jp.medsec.lms.web.rest.certificates;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Verification is open to anyone, but not to guessing codes: 60 a minute per address. */
class VerificationThrottleTest {

    @Test
    void theSixtyFirstVerificationInAMinuteWaitsAndOtherAddressesDoNot() {
        VerificationThrottle throttle = new VerificationThrottle();
        for (int i = 0; i < VerificationThrottle.PER_MINUTE; i++) {
            assertEquals(0, throttle.check("203.0.113.7"), "request " + (i + 1));
        }
        long wait = throttle.check("203.0.113.7");
        assertTrue(wait >= 1 && wait <= 60, "wait " + wait);
        assertEquals(0, throttle.check("198.51.100.2"));
    }
}
