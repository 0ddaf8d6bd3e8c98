package jp.medsec.lms.core.infrastructure.certificate.openbadges;

import jakarta.json.JsonObject;

import java.net.URI;
import java.util.Optional;

/**
 * Finds the current signed status list credential for a URL, for {@link OpenBadgeVerifier}. The LMS answers from its own
 * store (the lists it signs with {@link OpenBadgeIssuer#issueStatusList}); the verifier deliberately never fetches URLs
 * itself, so verifying a credential cannot be turned into requests to arbitrary hosts.
 */
@FunctionalInterface
public interface StatusListSource {

    /** The status list credential published at {@code statusListCredential}, or empty when there is none. */
    Optional<JsonObject> find(URI statusListCredential);
}
