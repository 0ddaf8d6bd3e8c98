package jp.medsec.lms.activity.live;

import jp.medsec.lms.activity.live.RegistrationRefusedException.Reason;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The registration rules of one session, decided on a snapshot of its registrations: apply, cancel, and who is
 * promoted from the waitlist. Pure: it changes nothing and answers what the service should store.
 *
 * <h2>The rules</h2>
 * <ul>
 *   <li>Applications are taken only for a {@link SessionStatus#SCHEDULED scheduled} session inside its application
 *       window; a learner with an active registration cannot apply again (one who cancelled can).</li>
 *   <li>An applicant gets a place when one is free for them: free places go first to those already waiting, in
 *       waitlist order, so a newcomer never overtakes the waitlist. Otherwise they join the end of the waitlist.
 *       Nobody is ever registered beyond the capacity.</li>
 *   <li>A learner may cancel (a place or a wait) until the session starts. A cancelled place goes to the first on
 *       the waitlist: the earliest {@code appliedAt}, then the smallest id, so the order is total and repeatable.</li>
 *   <li>After the capacity is raised, {@link #promotable(Instant)} names who now gets a place.</li>
 * </ul>
 *
 * <h2>What the database must enforce (the integrator's part)</h2>
 * These rules are only as good as the snapshot they see. Two learners applying for the last place at once must
 * not both read "one place free". So the service, inside one transaction: locks the session row
 * ({@code SELECT ... FOR UPDATE}, JPA {@code PESSIMISTIC_WRITE}), reads its registrations, asks this class, writes
 * the outcome and a registered-count column on the session row, and commits. A unique constraint on
 * (session, learner) stops a double submission from creating two rows (re-applying updates the existing row), and a
 * check {@code registered_count <= capacity} on the session row is the last line of defence.
 */
public final class Registrations {

    private static final Comparator<Registration> WAITLIST_ORDER =
            Comparator.comparing(Registration::appliedAt).thenComparing(Registration::id);

    private final SessionSchedule session;
    private final Map<String, Registration> byLearner;
    private final List<Registration> waitlist;
    private final long registered;

    private Registrations(SessionSchedule session, Collection<Registration> registrations) {
        this.session = Objects.requireNonNull(session, "session");
        this.byLearner = new HashMap<>();
        for (Registration r : registrations) {
            if (byLearner.put(r.learnerId(), r) != null) {
                throw new IllegalArgumentException("Two registrations of learner " + r.learnerId() + " on one session");
            }
        }
        this.waitlist = registrations.stream().filter(r -> r.status() == RegistrationStatus.WAITLISTED)
                .sorted(WAITLIST_ORDER).toList();
        this.registered = registrations.stream().filter(r -> r.status() == RegistrationStatus.REGISTERED).count();
    }

    /** The rules over the session's registrations as read (under the session's lock). */
    public static Registrations of(SessionSchedule session, Collection<Registration> registrations) {
        return new Registrations(session, registrations);
    }

    /** What an application gives: a place, or a position on the waitlist (1 is next in line). */
    public record Application(RegistrationStatus status, int waitlistPosition) {

        static Application registered() {
            return new Application(RegistrationStatus.REGISTERED, 0);
        }

        static Application waitlisted(int position) {
            return new Application(RegistrationStatus.WAITLISTED, position);
        }
    }

    /**
     * What a cancellation gives: the learner's registration as it now is, and, when a place was freed, the waiting
     * registration that now holds it (to store as REGISTERED and to tell its learner).
     */
    public record Cancellation(Registration cancelled, Optional<Registration> promoted) {
    }

    public long registeredCount() {
        return registered;
    }

    /** Places not taken; never negative, also after the capacity was lowered below the number registered. */
    public long placesLeft() {
        return Math.max(0, session.capacity() - registered);
    }

    /** Those waiting, next in line first. */
    public List<Registration> waitlist() {
        return waitlist;
    }

    public Optional<Registration> of(String learnerId) {
        return Optional.ofNullable(byLearner.get(learnerId));
    }

    /** A waiting learner's position (1 is next in line); empty when not waiting. */
    public OptionalInt waitlistPosition(String learnerId) {
        for (int i = 0; i < waitlist.size(); i++) {
            if (waitlist.get(i).learnerId().equals(learnerId)) {
                return OptionalInt.of(i + 1);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Decides an application by a learner (themselves, or their institution manager on their behalf: the service
     * checks who may act for whom).
     *
     * @throws RegistrationRefusedException outside the window, for a session not scheduled, or when the learner
     *                                      already holds or waits for a place
     */
    public Application apply(String learnerId, Instant now) {
        Objects.requireNonNull(learnerId, "learnerId");
        switch (session.status()) {
            case CANCELLED -> throw new RegistrationRefusedException(Reason.SESSION_CANCELLED, "The session is cancelled");
            case HELD -> throw new RegistrationRefusedException(Reason.SESSION_HELD, "The session has taken place");
            default -> { }
        }
        switch (session.applicationWindowAt(now)) {
            case NOT_YET_OPEN -> throw new RegistrationRefusedException(Reason.APPLICATIONS_NOT_OPEN,
                    "Applications open at " + session.applicationsOpen());
            case CLOSED -> throw new RegistrationRefusedException(Reason.APPLICATIONS_CLOSED,
                    "Applications closed at " + session.applicationsClose());
            default -> { }
        }
        Registration existing = byLearner.get(learnerId);
        if (existing != null && existing.status() == RegistrationStatus.REGISTERED) {
            throw new RegistrationRefusedException(Reason.ALREADY_REGISTERED, "Already registered");
        }
        if (existing != null && existing.status() == RegistrationStatus.WAITLISTED) {
            throw new RegistrationRefusedException(Reason.ALREADY_WAITLISTED, "Already on the waitlist");
        }
        if (placesLeft() > waitlist.size()) {
            return Application.registered();
        }
        return Application.waitlisted(waitlist.size() + 1);
    }

    /**
     * Decides a learner's cancellation of their place or wait.
     *
     * @throws RegistrationRefusedException when they hold no active registration, the session is not scheduled, or
     *                                      it has started
     */
    public Cancellation cancel(String learnerId, Instant now) {
        Registration existing = byLearner.get(learnerId);
        if (existing == null || !existing.active()) {
            throw new RegistrationRefusedException(Reason.NOT_REGISTERED, "No active registration to cancel");
        }
        if (session.status() == SessionStatus.CANCELLED) {
            throw new RegistrationRefusedException(Reason.SESSION_CANCELLED, "The session is cancelled");
        }
        if (session.status() == SessionStatus.HELD || !now.isBefore(session.start())) {
            throw new RegistrationRefusedException(Reason.SESSION_STARTED, "The session has started");
        }
        Registration cancelled = existing.withStatus(RegistrationStatus.CANCELLED);
        if (existing.status() != RegistrationStatus.REGISTERED) {
            return new Cancellation(cancelled, Optional.empty());
        }
        // The freed place goes to the first waiting, unless places were already free for the waitlist (capacity
        // lowered then: the freed place only brings registrations back within it).
        boolean placeFreed = registered - 1 < session.capacity();
        Optional<Registration> promoted = placeFreed && !waitlist.isEmpty()
                ? Optional.of(waitlist.get(0).withStatus(RegistrationStatus.REGISTERED)) : Optional.empty();
        return new Cancellation(cancelled, promoted);
    }

    /**
     * Waiting registrations that get a place now, in order, as REGISTERED: after the capacity was raised (or to
     * repair any state where places are free while people wait). Empty for a session that is not scheduled or has
     * started.
     */
    public List<Registration> promotable(Instant now) {
        if (session.status() != SessionStatus.SCHEDULED || !now.isBefore(session.start())) {
            return List.of();
        }
        return waitlist.stream().limit(placesLeft()).map(r -> r.withStatus(RegistrationStatus.REGISTERED)).toList();
    }
}
