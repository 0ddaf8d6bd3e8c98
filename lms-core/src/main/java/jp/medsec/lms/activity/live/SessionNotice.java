package jp.medsec.lms.activity.live;

import java.time.Instant;
import java.util.Objects;

/**
 * Something a learner must be told about a live session. The live-session service fires it as a CDI event inside
 * the transaction that changed the registration or the session; the mail outbox observes it and writes the e-mail
 * in that same transaction, so the notice exists exactly when the change does and sending never blocks or rolls
 * back the learner's action.
 *
 * @param kind             what happened
 * @param learnerId        who is told (the registered learner, also when a manager applied for them)
 * @param courseId         the course of the session's activity
 * @param activityId       the live-session activity (its page is where the learner acts)
 * @param sessionId        the session
 * @param start            the session's start (shown in JST)
 * @param end              the session's end
 * @param waitlistPosition the learner's place on the waitlist for {@link Kind#WAITLISTED}, else 0
 */
public record SessionNotice(Kind kind, String learnerId, String courseId, String activityId, String sessionId,
        Instant start, Instant end, int waitlistPosition) {

    public enum Kind {
        /** The application was received and a place is held. */
        APPLICATION_RECEIVED,
        /** The application was received and put on the waitlist. */
        WAITLISTED,
        /** A place freed up and the learner moved from the waitlist to registered. */
        PROMOTED,
        /** The session starts soon (sent once per registration). */
        REMINDER,
        /** The session was cancelled by an administrator. */
        SESSION_CANCELLED,
        /** The session's recording can now be watched. */
        RECORDING_AVAILABLE
    }

    public SessionNotice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(courseId, "courseId");
        Objects.requireNonNull(activityId, "activityId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }
}
