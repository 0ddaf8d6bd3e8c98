package jp.medsec.lms.activity.live;

import jp.medsec.lms.core.domain.model.shared.ConflictException;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * When a live session runs and who may join it: start and end (stored as UTC instants, shown in Japan time by
 * {@link JstFormat}), the application window ({@code applicationsOpen} inclusive to {@code applicationsClose}
 * exclusive; it may close at the latest when the session ends), the number of places, the status, and how long
 * before the start the meeting link is shown to registered learners (default 15 minutes). A value: changes give a
 * new schedule, for the entity to copy.
 */
public record SessionSchedule(Instant start, Instant end, Instant applicationsOpen, Instant applicationsClose,
                              int capacity, SessionStatus status, Duration linkLead) {

    public static final Duration DEFAULT_LINK_LEAD = Duration.ofMinutes(15);
    public static final int MAX_CAPACITY = 10_000;
    static final Duration MAX_LINK_LEAD = Duration.ofHours(24);

    /** Whether applications are taken at a given moment. */
    public enum ApplicationWindow { NOT_YET_OPEN, OPEN, CLOSED }

    public SessionSchedule {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(applicationsOpen, "applicationsOpen");
        Objects.requireNonNull(applicationsClose, "applicationsClose");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(linkLead, "linkLead");
        if (!end.isAfter(start)) {
            throw new InvalidInputException("live.session.end-before-start", "A session must end after it starts");
        }
        if (!applicationsClose.isAfter(applicationsOpen)) {
            throw new InvalidInputException("live.session.window-empty", "Applications must close after they open");
        }
        if (applicationsClose.isAfter(end)) {
            throw new InvalidInputException("live.session.window-after-end", "Applications must close by the session's end");
        }
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new InvalidInputException("live.session.capacity", "Capacity must be 1 to " + MAX_CAPACITY);
        }
        if (linkLead.isNegative() || linkLead.compareTo(MAX_LINK_LEAD) > 0) {
            throw new InvalidInputException("live.session.link-lead", "The link may be shown at most 24 hours early");
        }
    }

    /** A new scheduled session with the meeting link shown {@link #DEFAULT_LINK_LEAD} before the start. */
    public static SessionSchedule scheduled(Instant start, Instant end, Instant applicationsOpen, Instant applicationsClose,
                                            int capacity) {
        return new SessionSchedule(start, end, applicationsOpen, applicationsClose, capacity, SessionStatus.SCHEDULED,
                DEFAULT_LINK_LEAD);
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    public ApplicationWindow applicationWindowAt(Instant now) {
        if (now.isBefore(applicationsOpen)) {
            return ApplicationWindow.NOT_YET_OPEN;
        }
        return now.isBefore(applicationsClose) ? ApplicationWindow.OPEN : ApplicationWindow.CLOSED;
    }

    /** Applications are taken only for a scheduled session, within its window. */
    public boolean acceptsApplicationsAt(Instant now) {
        return status == SessionStatus.SCHEDULED && applicationWindowAt(now) == ApplicationWindow.OPEN;
    }

    /** The first moment a registered learner sees the meeting link. */
    public Instant meetingLinkVisibleFrom() {
        return start.minus(linkLead);
    }

    /**
     * Whether to show the meeting link: only to a registered learner (not waitlisted), of a session that is not
     * cancelled, from {@code linkLead} before the start until the end. A link shown days ahead gets forwarded and
     * lets in people without a place; after the end there is nothing to join.
     */
    public boolean canSeeMeetingLink(boolean registered, Instant now) {
        return registered && status != SessionStatus.CANCELLED
                && !now.isBefore(meetingLinkVisibleFrom()) && !now.isAfter(end);
    }

    /** The session is called off; registrations stay (learners are told, calendars show it cancelled). */
    public SessionSchedule cancel() {
        if (status != SessionStatus.SCHEDULED) {
            throw new ConflictException("live.session.not-scheduled", "Only a scheduled session can be cancelled, not " + status);
        }
        return withStatus(SessionStatus.CANCELLED);
    }

    /** The session took place; attendance can be imported for it. Not before it has started. */
    public SessionSchedule markHeld(Instant now) {
        if (status != SessionStatus.SCHEDULED) {
            throw new ConflictException("live.session.not-scheduled", "Only a scheduled session can be marked held, not " + status);
        }
        if (now.isBefore(start)) {
            throw new ConflictException("live.session.not-started", "A session cannot be marked held before it starts");
        }
        return withStatus(SessionStatus.HELD);
    }

    /**
     * New capacity. Lowering it below the number registered removes nobody (they were promised a place); it only
     * stops new registrations until enough cancel. Raising it frees places for the waitlist: see
     * {@link Registrations#promotable(Instant)}.
     */
    public SessionSchedule withCapacity(int newCapacity) {
        return new SessionSchedule(start, end, applicationsOpen, applicationsClose, newCapacity, status, linkLead);
    }

    /** The session's time for a learner: {@link JstFormat#range}. */
    public String describe(Locale locale) {
        return JstFormat.range(start, end, locale);
    }

    private SessionSchedule withStatus(SessionStatus newStatus) {
        return new SessionSchedule(start, end, applicationsOpen, applicationsClose, capacity, newStatus, linkLead);
    }
}
