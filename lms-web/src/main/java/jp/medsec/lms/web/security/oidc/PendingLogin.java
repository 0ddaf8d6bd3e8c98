package jp.medsec.lms.web.security.oidc;

import java.io.Serializable;
import java.time.Instant;

/**
 * A login sent to an identity provider and not yet back, kept in the browser's session: the callback must carry
 * the same state, the ID token the same nonce, and the code must be redeemed with this PKCE verifier.
 */
public record PendingLogin(String providerId, long providerVersion, String state, String nonce, String codeVerifier,
                           String next, Instant startedAt) implements Serializable {
}
