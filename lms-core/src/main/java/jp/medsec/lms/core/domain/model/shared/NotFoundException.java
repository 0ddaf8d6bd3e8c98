package jp.medsec.lms.core.domain.model.shared;

/** The thing asked for does not exist, or the caller may not know that it exists. */
public class NotFoundException extends DomainException {

    public NotFoundException(String what, String id) {
        super(what + ".not-found", what + " not found: " + id);
    }
}
