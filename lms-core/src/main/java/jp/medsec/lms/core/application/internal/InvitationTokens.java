package jp.medsec.lms.core.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jp.medsec.lms.core.domain.model.shared.SecretToken;

import java.security.SecureRandom;

/** Invitation tokens: 256 random bits for the link, SHA-256 of them in the database (a leaked table opens nothing). */
@ApplicationScoped
public class InvitationTokens {

    private final SecureRandom random = new SecureRandom();

    public String newToken() {
        return SecretToken.newToken(random);
    }

    public String hash(String token) {
        return SecretToken.hash(token);
    }
}
