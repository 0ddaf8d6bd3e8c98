package jp.medsec.lms.core.domain.model.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Bearer tokens in links (invitations, calendar feeds): 256 random bits, URL-safe Base64 without padding (43
 * characters). Only the SHA-256 of a token is stored, so a leaked table opens nothing; the token is not a password
 * (it has full entropy), so a fast hash without salt is enough and lets the database index it.
 */
public final class SecretToken {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{43}");

    private SecretToken() {
    }

    public static String newToken(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Lower-case hex SHA-256 of the token's UTF-8 bytes: 64 characters. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a token has the form {@link #newToken} gives; anything else can be refused before hashing. */
    public static boolean wellFormed(String token) {
        return token != null && FORM.matcher(token).matches();
    }

    /**
     * Whether a presented token is the one whose hash was stored, compared in constant time so the answer's timing
     * says nothing about how much of the hash matched.
     */
    public static boolean matches(String presented, String storedHash) {
        if (!wellFormed(presented) || storedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(hash(presented).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
