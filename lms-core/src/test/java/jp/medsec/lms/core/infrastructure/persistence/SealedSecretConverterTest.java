package jp.medsec.lms.core.infrastructure.persistence;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SealedSecretConverterTest {

    private static byte[] key() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    @Test
    void aSealedSecretOpensWithItsKeyAndShowsNothingOfItself() {
        byte[] key = key();
        String sealed = SealedSecretConverter.seal(key, "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
        assertTrue(sealed.startsWith("v1:") && sealed.length() <= 200, sealed);
        assertFalse(sealed.contains("JBSWY3DP"));
        assertNotEquals(sealed, SealedSecretConverter.seal(key, "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"), "a fresh IV each time");
        assertEquals("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", SealedSecretConverter.open(key, sealed));
    }

    @Test
    void anotherKeyOrATamperedValueDoesNotOpen() {
        String sealed = SealedSecretConverter.seal(key(), "JBSWY3DPEHPK3PXP");
        assertThrows(IllegalStateException.class, () -> SealedSecretConverter.open(key(), sealed));
        byte[] key = key();
        String good = SealedSecretConverter.seal(key, "JBSWY3DPEHPK3PXP");
        String tampered = good.substring(0, good.length() - 3) + (good.endsWith("A==") ? "B==" : "A==");
        assertThrows(IllegalStateException.class, () -> SealedSecretConverter.open(key, tampered));
    }
}
