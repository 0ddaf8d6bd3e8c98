package jp.medsec.lms.web.security.oidc;

/** A login through an identity provider that did not complete; the code names the reason for the login page. */
public class OidcLoginException extends RuntimeException {

    private final String code;

    public OidcLoginException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public OidcLoginException(String code, String message) {
        this(code, message, null);
    }

    public String code() {
        return code;
    }
}
