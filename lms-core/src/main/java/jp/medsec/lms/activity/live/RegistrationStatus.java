package jp.medsec.lms.activity.live;

/** A learner's place on a session: holding a place, waiting for one, or withdrawn. */
public enum RegistrationStatus {
    REGISTERED, WAITLISTED, CANCELLED
}
