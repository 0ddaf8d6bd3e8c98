package jp.medsec.lms.activity.live;

import java.time.Instant;
import java.util.Objects;

/**
 * One learner's registration on one session, as the service loads it: its id, the learner, when they applied (the
 * waitlist's order) and its status. There is at most one per session and learner; applying again after cancelling
 * reuses it with a new {@code appliedAt}.
 */
public record Registration(String id, String learnerId, Instant appliedAt, RegistrationStatus status) {

    public Registration {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(appliedAt, "appliedAt");
        Objects.requireNonNull(status, "status");
    }

    public Registration withStatus(RegistrationStatus newStatus) {
        return new Registration(id, learnerId, appliedAt, newStatus);
    }

    /** Holds a place or waits for one. */
    public boolean active() {
        return status != RegistrationStatus.CANCELLED;
    }
}
