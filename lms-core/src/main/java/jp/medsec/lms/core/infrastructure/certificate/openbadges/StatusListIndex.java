package jp.medsec.lms.core.infrastructure.certificate.openbadges;

import java.net.URI;
import java.util.Objects;

/**
 * Where a credential's revocation bit lives: the URL of a {@code BitstringStatusListCredential} and the bit's index in
 * it. The integrator hands out indexes (one per certificate, never reused) and serves the status list credential at that
 * URL, re-signed with {@link OpenBadgeIssuer#issueStatusList} whenever a certificate is revoked.
 */
public record StatusListIndex(URI statusListCredential, int index) {

    public StatusListIndex {
        Objects.requireNonNull(statusListCredential, "statusListCredential");
        if (!statusListCredential.isAbsolute()) {
            throw new IllegalArgumentException("The status list credential URL must be absolute: " + statusListCredential);
        }
        if (index < 0) {
            throw new IllegalArgumentException("A status list index is not negative: " + index);
        }
    }
}
