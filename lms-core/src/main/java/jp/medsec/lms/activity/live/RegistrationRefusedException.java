package jp.medsec.lms.activity.live;

import jp.medsec.lms.core.domain.model.shared.ConflictException;

import java.util.Locale;

/**
 * An application or cancellation the rules refuse. A {@link ConflictException}, so the web layer answers 409 with
 * the problem type {@code live.registration.<reason>}.
 */
public class RegistrationRefusedException extends ConflictException {

    /** Why; the code is stable, for the problem type and for the page's message. */
    public enum Reason {
        APPLICATIONS_NOT_OPEN, APPLICATIONS_CLOSED, SESSION_CANCELLED, SESSION_HELD, ALREADY_REGISTERED,
        ALREADY_WAITLISTED, NOT_REGISTERED, SESSION_STARTED;

        public String code() {
            return "live.registration." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    public RegistrationRefusedException(Reason reason, String message) {
        super(reason.code(), message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
