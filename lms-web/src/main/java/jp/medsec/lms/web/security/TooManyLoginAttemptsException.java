package jp.medsec.lms.web.security;

import jp.medsec.lms.core.domain.model.shared.DomainException;

import java.time.Duration;

/** Login refused for now after repeated failures; mapped to 429 with Retry-After. */
public class TooManyLoginAttemptsException extends DomainException {

    private final Duration retryAfter;

    public TooManyLoginAttemptsException(Duration retryAfter) {
        super("auth.too-many-attempts", "Too many failed logins; retry after " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
