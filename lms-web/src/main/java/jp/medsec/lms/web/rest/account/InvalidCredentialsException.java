package jp.medsec.lms.web.rest.account;

import jp.medsec.lms.web.rest.Caller;

/** Wrong e-mail or password; deliberately does not say which. Mapped to 401. */
class InvalidCredentialsException extends Caller.NotLoggedInException {

    InvalidCredentialsException() {
        super("auth.invalid-credentials", "E-mail or password is not correct");
    }
}
