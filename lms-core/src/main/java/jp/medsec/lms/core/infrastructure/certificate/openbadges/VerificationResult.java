package jp.medsec.lms.core.infrastructure.certificate.openbadges;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link OpenBadgeVerifier} found.
 *
 * @param status       the overall outcome (the most serious finding)
 * @param reasons      every finding in plain English, for logs and a details section; empty when valid
 * @param credentialId the credential's {@code id}, when it could be read
 * @param issuer       the issuer DID, when it could be read
 */
public record VerificationResult(VerificationStatus status, List<String> reasons, String credentialId, String issuer) {

    public VerificationResult {
        Objects.requireNonNull(status, "status");
        reasons = List.copyOf(reasons);
    }

    public boolean isValid() {
        return status == VerificationStatus.VALID;
    }

    public Optional<String> optionalCredentialId() {
        return Optional.ofNullable(credentialId);
    }

    public Optional<String> optionalIssuer() {
        return Optional.ofNullable(issuer);
    }
}
