package jp.medsec.lms.core.domain.model.shared;

/** The request clashes with the current state (an e-mail already registered, a slug already taken). */
public class ConflictException extends DomainException {

    public ConflictException(String code, String message) {
        super(code, message);
    }
}
