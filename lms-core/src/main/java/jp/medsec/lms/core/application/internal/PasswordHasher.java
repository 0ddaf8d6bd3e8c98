package jp.medsec.lms.core.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/**
 * Jakarta Security's PBKDF2 at OWASP's current strength for HMAC-SHA512: 210,000 iterations, 32-byte salt,
 * 64-byte key. The stored string names its own parameters, so raising the strength later keeps old hashes valid.
 */
@ApplicationScoped
public class PasswordHasher {

    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64");

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** Verified against when the e-mail is unknown, so that a miss costs as much time as a wrong password. */
    private String decoy;

    @PostConstruct
    void init() {
        pbkdf2.initialize(PARAMETERS);
        decoy = pbkdf2.generate("decoy-password-never-used".toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean verify(String password, String storedHash) {
        return pbkdf2.verify(password.toCharArray(), storedHash);
    }

    public void verifyDecoy(String password) {
        pbkdf2.verify(password.toCharArray(), decoy);
    }
}
