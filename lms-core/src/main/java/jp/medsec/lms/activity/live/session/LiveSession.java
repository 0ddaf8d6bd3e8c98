package jp.medsec.lms.activity.live.session;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.medsec.lms.activity.live.SessionSchedule;
import jp.medsec.lms.activity.live.SessionStatus;
import jp.medsec.lms.core.domain.model.shared.ConflictException;
import jp.medsec.lms.core.domain.model.shared.Ids;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException.FieldProblem;
import jp.medsec.lms.core.infrastructure.persistence.SealedSecretConverter;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One date of a live-session activity: its {@link SessionSchedule} (start, end, application window, places, status,
 * how early the link shows), the meeting link (sealed at rest like other secrets, and handed out only when
 * {@link SessionSchedule#canSeeMeetingLink} allows), and {@code registered_count}, the number of places taken.
 * <p>
 * The registration service changes {@code registered_count} only while it holds this row's write lock, and the
 * database refuses a row where it exceeds {@code capacity} (a check constraint, see {@code LiveSessionSchema}), so
 * a session is never overbooked even if the code were wrong. For the same reason the capacity cannot be lowered
 * below the places already taken: nobody loses a promised place, and the constraint always holds.
 * {@code revision} counts changes learners must see in their calendars (times, cancellation): the iCalendar
 * {@code SEQUENCE}.
 */
@Entity
@Table(name = "lms_live_session", indexes = {
        @Index(name = "ix_live_session_activity", columnList = "activity_id, starts_at"),
        @Index(name = "ix_live_session_starts", columnList = "starts_at")})
@NamedQuery(name = "LiveSession.ofActivity",
        query = "SELECT s FROM LiveSession s WHERE s.activityId = :activityId ORDER BY s.startsAt, s.id")
@NamedQuery(name = "LiveSession.startingBetween",
        query = "SELECT s FROM LiveSession s WHERE s.status = jp.medsec.lms.activity.live.SessionStatus.SCHEDULED"
                + " AND s.startsAt > :from AND s.startsAt <= :to ORDER BY s.startsAt")
public class LiveSession {

    /** Meeting links are web addresses of a meeting tool; they must be https and carry no password in the address. */
    public static final int MAX_URL = 500;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "activity_id", nullable = false, length = 36)
    private String activityId;

    @Column(name = "course_id", nullable = false, length = 36)
    private String courseId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "applications_open", nullable = false)
    private Instant applicationsOpen;

    @Column(name = "applications_close", nullable = false)
    private Instant applicationsClose;

    @Column(nullable = false)
    private int capacity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SessionStatus status;

    @Column(name = "link_lead_minutes", nullable = false)
    private int linkLeadMinutes;

    @Convert(converter = SealedSecretConverter.class)
    @Column(name = "meeting_url", length = 1000)
    private String meetingUrl;

    @Column(name = "registered_count", nullable = false)
    private int registeredCount;

    @Column(nullable = false)
    private int revision;

    @Column(name = "recording_available_at")
    private Instant recordingAvailableAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected LiveSession() {
    }

    public LiveSession(String courseId, String activityId, SessionSchedule schedule, String meetingUrl, Instant now) {
        this.id = Ids.newId();
        this.courseId = Objects.requireNonNull(courseId, "courseId");
        this.activityId = Objects.requireNonNull(activityId, "activityId");
        this.createdAt = Objects.requireNonNull(now, "now");
        this.status = SessionStatus.SCHEDULED;
        copy(schedule);
        this.meetingUrl = checkedUrl(meetingUrl);
    }

    /** The schedule as the registration rules see it. */
    public SessionSchedule schedule() {
        return new SessionSchedule(startsAt, endsAt, applicationsOpen, applicationsClose, capacity, status,
                Duration.ofMinutes(linkLeadMinutes));
    }

    /**
     * New times, window, places or link lead (a scheduled session only). The capacity may not drop below the places
     * taken. Returns whether learners' calendars must learn of it (times changed).
     */
    public boolean reschedule(SessionSchedule changed, String newMeetingUrl) {
        if (status != SessionStatus.SCHEDULED) {
            throw new ConflictException("live.session.not-scheduled", "Only a scheduled session can be changed, not " + status);
        }
        if (changed.capacity() < registeredCount) {
            throw new ConflictException("live.session.capacity-below-registered",
                    "The capacity cannot be lower than the " + registeredCount + " places taken");
        }
        boolean timesChanged = !changed.start().equals(startsAt) || !changed.end().equals(endsAt);
        copy(changed);
        this.meetingUrl = checkedUrl(newMeetingUrl);
        if (timesChanged) {
            revision++;
        }
        return timesChanged;
    }

    public void cancel() {
        copy(schedule().cancel());
        revision++;
    }

    public void markHeld(Instant now) {
        copy(schedule().markHeld(now));
    }

    /** Records that the recording was announced; false when it already was (learners are told once). */
    public boolean announceRecording(Instant now) {
        if (status != SessionStatus.HELD) {
            throw new ConflictException("live.session.not-held", "The recording can be announced only for a held session");
        }
        if (recordingAvailableAt != null) {
            return false;
        }
        recordingAvailableAt = now;
        return true;
    }

    /** A place was taken (under the session's lock); the database refuses more than {@code capacity}. */
    public void placeTaken() {
        registeredCount++;
    }

    public void placeFreed() {
        if (registeredCount == 0) {
            throw new IllegalStateException("No place is taken on session " + id);
        }
        registeredCount--;
    }

    private void copy(SessionSchedule s) {
        this.startsAt = s.start();
        this.endsAt = s.end();
        this.applicationsOpen = s.applicationsOpen();
        this.applicationsClose = s.applicationsClose();
        this.capacity = s.capacity();
        this.status = s.status();
        this.linkLeadMinutes = (int) s.linkLead().toMinutes();
    }

    /** Blank means none yet (an administrator often gets the link later); otherwise an https address without userinfo. */
    static String checkedUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String value = url.strip();
        try {
            URI uri = new URI(value);
            if (value.length() <= MAX_URL && "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null
                    && uri.getRawUserInfo() == null) {
                return value;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new InvalidInputException("validation.failed", "The meeting link must be an https address",
                List.of(new FieldProblem("meetingUrl", "live.session.meeting-url")));
    }

    public String id() {
        return id;
    }

    public String activityId() {
        return activityId;
    }

    public String courseId() {
        return courseId;
    }

    public Instant start() {
        return startsAt;
    }

    public Instant end() {
        return endsAt;
    }

    public SessionStatus status() {
        return status;
    }

    public int capacity() {
        return capacity;
    }

    public int registeredCount() {
        return registeredCount;
    }

    public int revision() {
        return revision;
    }

    public Optional<String> meetingUrl() {
        return Optional.ofNullable(meetingUrl);
    }

    public Optional<Instant> recordingAvailableAt() {
        return Optional.ofNullable(recordingAvailableAt);
    }
}
