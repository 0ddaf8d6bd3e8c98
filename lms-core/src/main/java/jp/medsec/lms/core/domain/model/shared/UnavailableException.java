package jp.medsec.lms.core.domain.model.shared;

/**
 * The request is fine but the server cannot serve it as configured (a signing key is missing, say): answered 503, so
 * the caller knows to ask an administrator rather than change the request.
 */
public class UnavailableException extends DomainException {

    public UnavailableException(String code, String message) {
        super(code, message);
    }
}
