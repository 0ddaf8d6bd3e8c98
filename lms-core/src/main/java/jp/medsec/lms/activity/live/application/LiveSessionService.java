package jp.medsec.lms.activity.live.application;

import jakarta.json.JsonObject;
import jp.medsec.lms.activity.live.AttendanceReport;
import jp.medsec.lms.activity.live.LiveSessionActivityType.Source;
import jp.medsec.lms.activity.live.RegistrationStatus;
import jp.medsec.lms.activity.live.SessionSchedule;
import jp.medsec.lms.activity.live.SessionStatus;
import jp.medsec.lms.core.application.Actor;
import jp.medsec.lms.core.domain.model.shared.LocalizedText;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Live sessions of a course's {@code live-session} activity: learners apply, cancel and join; institution managers
 * apply and cancel for their staff; administrators and trainers (of the course's track) schedule sessions, cancel
 * them, mark them held, announce the recording and record attendance. Every change of a registration runs under the
 * session row's write lock and fires a {@link jp.medsec.lms.activity.live.SessionNotice} in its transaction.
 * <p>
 * Scope: a learner acts only in a course they are enrolled in (403 {@code enrolment.required} otherwise, as for any
 * activity); a manager only for staff {@code AccessPolicy} gives them (404 for anyone else); a trainer only in their
 * track (404 elsewhere).
 */
public interface LiveSessionService {

    // ---- learners -------------------------------------------------------------------------------------------------

    /** The sessions of the activity as the learner sees them, with their own status and the completion so far. */
    LearnerOverview overview(String learnerId, String courseId, String activityId, Locale locale);

    /**
     * Applies for a place: the learner themselves ({@code actor} is the learner), or their manager for them (the
     * learner is enrolled in the course if not yet). Registered, or waitlisted at the end of the line.
     */
    LearnerSession apply(Actor actor, String courseId, String activityId, String sessionId, String learnerId);

    /** Cancels a place or a wait (until the start); a freed place goes to the first on the waitlist. */
    LearnerSession cancel(Actor actor, String courseId, String activityId, String sessionId, String learnerId);

    /** The meeting link for a registered learner when it is visible; records that they joined (presence, not minutes). */
    String join(String learnerId, String courseId, String activityId, String sessionId);

    // ---- calendars ------------------------------------------------------------------------------------------------

    /** The learner's places on sessions that have not ended more than 30 days ago (cancelled sessions included). */
    List<CalendarEntry> calendar(String learnerId);

    /** A new feed address secret for the learner (the old one stops working); shown once. */
    String renewFeed(String learnerId);

    Optional<Instant> feedIssuedAt(String learnerId);

    void revokeFeed(String learnerId);

    /** The learner whose feed this secret opens; empty for anything else. */
    Optional<String> feedOwner(String token);

    // ---- administration -------------------------------------------------------------------------------------------

    /**
     * Live-session activities of published courses the actor runs sessions for (administrators, trainers of the
     * track) or, for an institution manager, may apply for staff in (all of them).
     */
    List<ActivityRef> manageableActivities(Actor actor);

    /** The sessions with counts; with the meeting link for those who run them, without it for managers. */
    List<AdminSession> sessions(Actor actor, String courseId, String activityId);

    AdminSession create(Actor actor, String courseId, String activityId, SessionInput input);

    /** New times, window, places, link lead or link; raising the capacity promotes from the waitlist. */
    AdminSession edit(Actor actor, String courseId, String activityId, String sessionId, SessionInput input);

    /** Calls the session off and tells everyone registered or waiting. */
    AdminSession cancelSession(Actor actor, String courseId, String activityId, String sessionId, String reason);

    AdminSession markHeld(Actor actor, String courseId, String activityId, String sessionId);

    /** Tells the registered learners of a held session that the recording can be watched (once). */
    AdminSession announceRecording(Actor actor, String courseId, String activityId, String sessionId);

    /**
     * The session's registrations: all of them for those who schedule sessions; for an institution manager, only
     * their staff's.
     */
    List<RegistrationRow> registrations(Actor actor, String courseId, String activityId, String sessionId);

    /**
     * Reads a meeting tool's participant report and matches it to the registered learners by e-mail. With
     * {@code dryRun} nothing changes; otherwise matched learners' minutes are stored and recorded as attendance
     * (which may complete the activity), and a scheduled session is marked held.
     */
    AttendanceImport importAttendance(Actor actor, String courseId, String activityId, String sessionId, byte[] report,
                                      boolean dryRun);

    /** An administrator's correction of a registered learner's minutes, with a reason (audited). */
    RegistrationRow editAttendance(Actor actor, String courseId, String activityId, String sessionId, String learnerId,
                                   int minutes, String reason);

    /** Sends the reminders due at {@code now}: for sessions starting within the configured lead, once per place. */
    int sendReminders(Instant now);

    // ---- values ---------------------------------------------------------------------------------------------------

    /** A session's facts common to every view. {@code placesLeft} never counts places promised to the waitlist. */
    record SessionFacts(String id, Instant start, Instant end, Instant applicationsOpen, Instant applicationsClose,
                        int capacity, int registered, int waiting, long placesLeft, SessionStatus status,
                        int linkLeadMinutes, Instant linkVisibleFrom, Instant recordingAvailableAt) {
    }

    /**
     * One session for a learner: {@code myStatus} null when they never applied; {@code waitlistPosition} 0 unless
     * waiting; {@code meetingUrl} only while they may see it; {@code canApply} / {@code canCancel} what the buttons
     * may offer now; {@code applyRefusal} the problem code when they may not apply.
     */
    record LearnerSession(SessionFacts session, RegistrationStatus myStatus, int waitlistPosition, boolean joined,
                          String meetingUrl, boolean canApply, String applyRefusal, boolean canCancel) {
    }

    /**
     * The activity for a learner: its sessions, its rule and figures ({@code present()}'s data: minimum minutes,
     * recording, attended minutes, watched percent), whether it is complete and why (or what is missing).
     */
    record LearnerOverview(List<LearnerSession> sessions, JsonObject rule, boolean completed, String completionReason,
                           Instant serverNow) {
    }

    /** A live-session activity; {@code runsSessions} false for a manager who only applies for staff. */
    record ActivityRef(String courseId, LocalizedText courseTitle, String trackCode, String activityId,
                       LocalizedText activityTitle, boolean hasRecording, boolean runsSessions) {
    }

    /** A session for those who run it: the facts, the meeting link, and whether a recording can be announced. */
    record AdminSession(SessionFacts session, String meetingUrl, boolean recordingConfigured, int revision) {
    }

    /** What an administrator enters; null link lead means the default 15 minutes, a blank link none yet. */
    record SessionInput(Instant start, Instant end, Instant applicationsOpen, Instant applicationsClose, int capacity,
                        Integer linkLeadMinutes, String meetingUrl) {

        public SessionSchedule schedule() {
            return new SessionSchedule(start, end, applicationsOpen, applicationsClose, capacity, SessionStatus.SCHEDULED,
                    linkLeadMinutes == null ? SessionSchedule.DEFAULT_LINK_LEAD : java.time.Duration.ofMinutes(linkLeadMinutes));
        }
    }

    /**
     * A registration for administrators and managers: who, status (and waitlist position), when and by whom they
     * applied, attendance minutes with their source and reason, and when they used the join button.
     */
    record RegistrationRow(String learnerId, String fullName, String email, String institution, RegistrationStatus status,
                           int waitlistPosition, Instant appliedAt, boolean appliedByManager, Integer attendanceMinutes,
                           Source attendanceSource, String attendanceReason, Instant joinedAt, Instant remindedAt) {
    }

    /** The dry run (or what was applied): the report's encoding, matches, unmatched rows, absentees and problems. */
    record AttendanceImport(String encoding, AttendanceReport.DryRun result, boolean applied) {
    }

    /** One place in a learner's calendar. */
    record CalendarEntry(String registrationId, String courseId, String activityId, LocalizedText courseTitle,
                         LocalizedText activityTitle, SessionSchedule schedule, int revision) {
    }
}
