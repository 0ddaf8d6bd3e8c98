package jp.medsec.lms.activity.live.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jp.medsec.lms.activity.live.LiveSessionActivityType.Source;
import jp.medsec.lms.activity.live.Registration;
import jp.medsec.lms.activity.live.RegistrationStatus;
import jp.medsec.lms.core.domain.model.shared.Ids;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A learner's place on a session, or their wait for one: at most one row per session and learner (a unique
 * constraint, so a double click cannot make two), reused when they apply again after cancelling (the calendar UID
 * stays). {@code appliedBy} is who acted: the learner, or their institution manager.
 * <p>
 * Attendance is kept here as the figure shown to administrators (minutes, where it came from, who changed it and
 * why); what counts for completion is the {@code attendance} event recorded with it. {@code joinedAt} is when the
 * learner first used the join button: presence, not minutes (docs/live-and-video.md). {@code remindedAt} remembers
 * the reminder so it is sent once.
 */
@Entity
@Table(name = "lms_live_registration",
        uniqueConstraints = @UniqueConstraint(name = "uq_live_registration_session_learner", columnNames = {"session_id", "learner_id"}),
        indexes = @Index(name = "ix_live_registration_learner", columnList = "learner_id"))
@NamedQuery(name = "SessionRegistration.ofSession",
        query = "SELECT r FROM SessionRegistration r WHERE r.session = :session ORDER BY r.appliedAt, r.id")
@NamedQuery(name = "SessionRegistration.ofLearnerInActivity",
        query = "SELECT r FROM SessionRegistration r WHERE r.learnerId = :learnerId AND r.session.activityId = :activityId")
@NamedQuery(name = "SessionRegistration.waitingPerSession",
        query = "SELECT r.session.id, COUNT(r) FROM SessionRegistration r WHERE r.session.activityId = :activityId"
                + " AND r.status = jp.medsec.lms.activity.live.RegistrationStatus.WAITLISTED GROUP BY r.session.id")
@NamedQuery(name = "SessionRegistration.waitingAhead",
        query = "SELECT COUNT(r) FROM SessionRegistration r WHERE r.session = :session"
                + " AND r.status = jp.medsec.lms.activity.live.RegistrationStatus.WAITLISTED"
                + " AND (r.appliedAt < :appliedAt OR (r.appliedAt = :appliedAt AND r.id < :id))")
@NamedQuery(name = "SessionRegistration.ofLearner",
        query = "SELECT r FROM SessionRegistration r JOIN FETCH r.session s WHERE r.learnerId = :learnerId AND r.status = :status"
                + " AND s.endsAt > :since ORDER BY s.startsAt")
@NamedQuery(name = "SessionRegistration.toRemind",
        query = "SELECT r FROM SessionRegistration r WHERE r.session = :session"
                + " AND r.status = jp.medsec.lms.activity.live.RegistrationStatus.REGISTERED AND r.remindedAt IS NULL")
public class SessionRegistration {

    public static final int MAX_REASON = 500;

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id", nullable = false)
    private LiveSession session;

    @Column(name = "learner_id", nullable = false, length = 36)
    private String learnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RegistrationStatus status;

    @Column(name = "applied_at", nullable = false)
    private Instant appliedAt;

    @Column(name = "applied_by", nullable = false, length = 36)
    private String appliedBy;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @Column(name = "attendance_minutes")
    private Integer attendanceMinutes;

    @Enumerated(EnumType.STRING)
    @Column(name = "attendance_source", length = 16)
    private Source attendanceSource;

    @Column(name = "attendance_changed_by", length = 36)
    private String attendanceChangedBy;

    @Column(name = "attendance_reason", length = MAX_REASON)
    private String attendanceReason;

    @Column(name = "attendance_changed_at")
    private Instant attendanceChangedAt;

    @Column(name = "joined_at")
    private Instant joinedAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    protected SessionRegistration() {
    }

    public SessionRegistration(LiveSession session, String learnerId, RegistrationStatus status, String appliedBy, Instant now) {
        this.id = Ids.newId();
        this.session = Objects.requireNonNull(session, "session");
        this.learnerId = Objects.requireNonNull(learnerId, "learnerId");
        reapply(status, appliedBy, now);
    }

    /** The learner's snapshot for the registration rules. */
    public Registration toRule() {
        return new Registration(id, learnerId, appliedAt, status);
    }

    /** A new application on this row (after a cancellation): to the back of the line, reminder not yet sent. */
    public void reapply(RegistrationStatus newStatus, String by, Instant now) {
        this.status = Objects.requireNonNull(newStatus, "status");
        this.appliedBy = Objects.requireNonNull(by, "appliedBy");
        this.appliedAt = now;
        this.statusChangedAt = now;
        this.remindedAt = null;
    }

    public void changeStatus(RegistrationStatus newStatus, Instant now) {
        this.status = Objects.requireNonNull(newStatus, "status");
        this.statusChangedAt = now;
    }

    public void joined(Instant now) {
        if (joinedAt == null) {
            joinedAt = now;
        }
    }

    public void reminded(Instant now) {
        remindedAt = now;
    }

    /** Minutes from an imported report (REPORT) or an administrator's correction (ADMIN, with a reason). */
    public void attendance(int minutes, Source source, String by, String reason, Instant now) {
        if (minutes < 0 || minutes > 24 * 60) {
            throw new InvalidInputException("live.attendance.minutes", "Minutes must be 0 to 1440");
        }
        this.attendanceMinutes = minutes;
        this.attendanceSource = Objects.requireNonNull(source, "source");
        this.attendanceChangedBy = by;
        this.attendanceReason = reason == null ? null : reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON);
        this.attendanceChangedAt = now;
    }

    public String id() {
        return id;
    }

    public LiveSession session() {
        return session;
    }

    public String learnerId() {
        return learnerId;
    }

    public RegistrationStatus status() {
        return status;
    }

    public Instant appliedAt() {
        return appliedAt;
    }

    public String appliedBy() {
        return appliedBy;
    }

    public Optional<Integer> attendanceMinutes() {
        return Optional.ofNullable(attendanceMinutes);
    }

    public Optional<Source> attendanceSource() {
        return Optional.ofNullable(attendanceSource);
    }

    public Optional<String> attendanceReason() {
        return Optional.ofNullable(attendanceReason);
    }

    public Optional<Instant> joinedAt() {
        return Optional.ofNullable(joinedAt);
    }

    public Optional<Instant> remindedAt() {
        return Optional.ofNullable(remindedAt);
    }
}
