package jp.medsec.lms.core.domain.model.federation;

import java.util.Objects;
import java.util.Optional;

/**
 * What a verified ID token says about a person (signature, issuer, audience, expiry and nonce already checked by
 * the web layer): who they are at the provider, and the e-mail and name it gives.
 */
public record FederatedClaims(String issuer, String subject, String email, boolean emailVerified, String name) {

    public FederatedClaims {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(subject, "subject");
    }

    public Optional<String> emailAddress() {
        return Optional.ofNullable(email).filter(e -> !e.isBlank());
    }
}
