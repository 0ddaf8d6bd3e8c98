package jp.medsec.lms.core.domain.model.shared;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecretTokenTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void tokensAre256BitsInAUrlSafeFormAndNeverRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String token = SecretToken.newToken(random);
            assertEquals(43, token.length());
            assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
            assertTrue(seen.add(token));
        }
    }

    @Test
    void theStoredHashIsTheKnownSha256() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", SecretToken.hash("abc"));
    }

    @Test
    void onlyTheIssuedTokenMatchesItsHash() {
        String token = SecretToken.newToken(random);
        String stored = SecretToken.hash(token);
        assertTrue(SecretToken.matches(token, stored));
        assertFalse(SecretToken.matches(SecretToken.newToken(random), stored));
        assertFalse(SecretToken.matches(token.substring(1) + "A", stored));
        assertFalse(SecretToken.matches(stored, stored), "the hash itself is not a token");
        assertFalse(SecretToken.matches(null, stored));
        assertFalse(SecretToken.matches(token, null));
    }
}
