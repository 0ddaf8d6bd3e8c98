package jp.medsec.lms.core.domain.model.shared;

/**
 * A rule of the domain refused a request. {@code code} is stable (the web layer turns it into the
 * problem type URI), the message is for developers and logs; user-facing text is chosen by code.
 */
public abstract class DomainException extends RuntimeException {

    private final String code;

    protected DomainException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
