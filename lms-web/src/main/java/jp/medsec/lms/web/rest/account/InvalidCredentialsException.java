package jp.medsec.lms.web.rest.account;

import jp.medsec.lms.web.rest.Caller;

/**
 * A failed login, mapped to 401: a wrong e-mail or password (deliberately not saying which), or a missing or
 * wrong authenticator code (only said after the password was right).
 */
class InvalidCredentialsException extends Caller.NotLoggedInException {

    InvalidCredentialsException() {
        super("auth.invalid-credentials", "E-mail or password is not correct");
    }

    InvalidCredentialsException(String code, String message) {
        super(code, message);
    }
}
