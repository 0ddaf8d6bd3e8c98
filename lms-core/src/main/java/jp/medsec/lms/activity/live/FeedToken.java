package jp.medsec.lms.activity.live;

import jp.medsec.lms.core.domain.model.shared.SecretToken;

import java.security.SecureRandom;
import java.util.Objects;

/**
 * The secret in a learner's calendar feed address ({@code .../calendar/<token>.ics}): calendar apps cannot log in, so
 * the address itself is the credential. 256 random bits, URL-safe; the database keeps only {@link #hash()}
 * (SHA-256), so a leaked table opens no feed. Renewing the token (a new one replaces the hash) cuts off every
 * app that had the old address. Same scheme as invitation links ({@link SecretToken}).
 *
 * @param token the secret, to put in the address shown once to the learner; never logged or stored
 * @param hash  what to store and look up by
 */
public record FeedToken(String token, String hash) {

    public FeedToken {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(hash, "hash");
    }

    public static FeedToken issue(SecureRandom random) {
        String token = SecretToken.newToken(random);
        return new FeedToken(token, SecretToken.hash(token));
    }

    /** The hash to look a presented token up by; a malformed one can be refused without a query. */
    public static String hashOf(String presented) {
        return SecretToken.hash(presented);
    }

    /** Whether a presented token has the form issued tokens have. */
    public static boolean wellFormed(String presented) {
        return SecretToken.wellFormed(presented);
    }

    /** Whether a presented token is the one whose hash is stored, in constant time. */
    public static boolean matches(String presented, String storedHash) {
        return SecretToken.matches(presented, storedHash);
    }

    /** Without the secret: records print their fields, and this one ends up in logs. */
    @Override
    public String toString() {
        return "FeedToken[hash=" + hash + "]";
    }
}
