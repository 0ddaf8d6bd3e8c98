package jp.medsec.lms.core.infrastructure.certificate.openbadges;

/**
 * The outcome of verifying a credential, most serious first. Only {@link #VALID} means "trust it"; the rest tell a
 * reader why not.
 */
public enum VerificationStatus {
    /** Not an Open Badges 3.0 credential we can read (missing or wrong fields, not JSON). Nothing else was checked. */
    MALFORMED,
    /** The proof does not hold: the credential was changed after signing, or was signed by another key. */
    INVALID_SIGNATURE,
    /** The signature holds, but the issuer is not one of ours. */
    UNTRUSTED_ISSUER,
    /** Genuine, but revoked by the issuer. */
    REVOKED,
    /** Genuine, but its {@code validUntil} has passed. */
    EXPIRED,
    /** Genuine, but its {@code validFrom} is still in the future. */
    NOT_YET_VALID,
    /** Genuine and in date, but its revocation status could not be established (status list missing or not ours). */
    STATUS_UNKNOWN,
    /** Genuine, ours, in date and not revoked. */
    VALID
}
