package jp.medsec.lms.web.security;

import jp.medsec.lms.web.rest.TooManyRequestsException;

import java.time.Duration;

/** Repeated failed logins for an account or from an address: wait before trying again. */
public class TooManyLoginAttemptsException extends TooManyRequestsException {

    public TooManyLoginAttemptsException(Duration retryAfter) {
        super("auth.too-many-attempts", "Too many failed logins; retry after " + retryAfter.toSeconds() + " s", retryAfter);
    }
}
