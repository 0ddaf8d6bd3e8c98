package jp.medsec.lms.core.infrastructure.certificate.openbadges;

/**
 * A credential could not be issued, or a key or document could not be read. Verification never throws this for a
 * bad credential: it reports the problem in a {@link VerificationResult} instead.
 */
public class CredentialException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CredentialException(String message) {
        super(message);
    }

    public CredentialException(String message, Throwable cause) {
        super(message, cause);
    }
}
