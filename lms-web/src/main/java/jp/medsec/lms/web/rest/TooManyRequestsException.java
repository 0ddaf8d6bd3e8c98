package jp.medsec.lms.web.rest;

import jp.medsec.lms.core.domain.model.shared.DomainException;

import java.time.Duration;

/** The caller must slow down: answered 429 with Retry-After (login back-off, certificate verification). */
public class TooManyRequestsException extends DomainException {

    private final Duration retryAfter;

    public TooManyRequestsException(String code, String message, Duration retryAfter) {
        super(code, message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
