package jp.medsec.lms.core.domain.model.learner;

import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TotpTest {

    /** RFC 6238 appendix B: the SHA-1 key "12345678901234567890", 8-digit codes; we use their last 6 digits. */
    private static final String RFC_SECRET = new Base32().encodeToString("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void matchesTheRfc6238TestVectors() {
        assertEquals("287082", Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(59))));
        assertEquals("081804", Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111109))));
        assertEquals("050471", Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111111))));
        assertEquals("005924", Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1234567890))));
        assertEquals("279037", Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(2000000000))));
    }

    @Test
    void acceptsOneStepOfDriftButNeverTheSameStepTwice() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        long step = Totp.step(now);
        String previous = Totp.code(RFC_SECRET, step - 1);
        assertEquals(step - 1, Totp.match(RFC_SECRET, previous, now, 0).getAsLong());
        assertTrue(Totp.match(RFC_SECRET, previous, now, step - 1).isEmpty(), "a used code is refused");
        assertTrue(Totp.match(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now, 0).isEmpty(), "too old");
        assertTrue(Totp.match(RFC_SECRET, "12345", now, 0).isEmpty());
        assertTrue(Totp.match(RFC_SECRET, null, now, 0).isEmpty());
    }

    @Test
    void secretsAreRandomBase32AndTheUriNamesIssuerAndAccount() {
        String secret = Totp.newSecret();
        assertEquals(32, secret.length());
        assertTrue(secret.matches("[A-Z2-7]+"));
        assertEquals("otpauth://totp/%E5%8C%BB%E7%99%82LMS:a%40example.jp?secret=" + secret
                + "&issuer=%E5%8C%BB%E7%99%82LMS&algorithm=SHA1&digits=6&period=30", Totp.uri("医療LMS", "a@example.jp", secret));
    }
}
