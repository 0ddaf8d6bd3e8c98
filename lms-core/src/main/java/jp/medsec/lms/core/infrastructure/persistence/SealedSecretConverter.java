package jp.medsec.lms.core.infrastructure.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.eclipse.microprofile.config.ConfigProvider;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Seals secrets the application must read back (TOTP keys) with AES-256-GCM under the key in the configuration
 * property {@code lms.secrets.key} (Base64 of 32 random bytes; environment variable LMS_SECRETS_KEY), so a copy
 * of the database alone does not give them away. Stored as {@code v1:} + Base64(IV, ciphertext and tag). Without a
 * configured key the value is stored as it is and a warning is logged; values stored that way are read either way.
 */
@Converter
public class SealedSecretConverter implements AttributeConverter<String, String> {

    private static final Logger LOG = Logger.getLogger(SealedSecretConverter.class.getName());
    private static final String PREFIX = "v1:";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public String convertToDatabaseColumn(String secret) {
        if (secret == null) {
            return null;
        }
        Optional<byte[]> key = key();
        if (key.isEmpty()) {
            LOG.warning("lms.secrets.key is not configured: a secret is stored unsealed");
            return secret;
        }
        return seal(key.get(), secret);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        return open(key().orElseThrow(() -> new IllegalStateException(
                "A sealed secret is stored but lms.secrets.key is not configured")), stored);
    }

    static String seal(byte[] key, String secret) {
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal a secret", e);
        }
    }

    static String open(byte[] key, String stored) {
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, all, 0, 12));
            return new String(cipher.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot open a sealed secret (wrong lms.secrets.key?)", e);
        }
    }

    private static Optional<byte[]> key() {
        return ConfigProvider.getConfig().getOptionalValue("lms.secrets.key", String.class).map(value -> {
            byte[] key = Base64.getDecoder().decode(value.strip());
            if (key.length != 32) {
                throw new IllegalStateException("lms.secrets.key must be Base64 of 32 bytes");
            }
            return key;
        });
    }
}
