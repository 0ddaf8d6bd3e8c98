package jp.medsec.lms.web.rest.live;

import jakarta.json.JsonObject;
import jp.medsec.lms.activity.live.AttendanceReport;
import jp.medsec.lms.activity.live.JstFormat;
import jp.medsec.lms.activity.live.LiveSessionActivityType.Source;
import jp.medsec.lms.activity.live.RegistrationStatus;
import jp.medsec.lms.activity.live.SessionStatus;
import jp.medsec.lms.activity.live.application.LiveSessionService;
import jp.medsec.lms.activity.live.application.LiveSessionService.SessionFacts;
import jp.medsec.lms.web.rest.TextView;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What the live-session endpoints answer. Times come as UTC instants for scripts and as Japan-time labels in both
 * languages ({@link JstFormat}, zone named), so a learner abroad or on a phone set to another zone reads the time
 * the programme means.
 */
public final class LiveViews {

    private LiveViews() {
    }

    private static TextView label(Instant at) {
        return at == null ? null : new TextView(JstFormat.dateTime(at, Locale.JAPANESE), JstFormat.dateTime(at, Locale.ENGLISH));
    }

    /** A session's facts; {@code when} is e.g. 2026年12月1日(火) 14:00〜15:00 JST. */
    public record SessionView(String id, Instant start, Instant end, TextView when, Instant applicationsOpen,
                              TextView applicationsOpenLabel, Instant applicationsClose, TextView applicationsCloseLabel,
                              int capacity, int registered, int waiting, long placesLeft, SessionStatus status,
                              int linkLeadMinutes, Instant linkVisibleFrom, TextView linkVisibleFromLabel,
                              Instant recordingAvailableAt) {

        static SessionView of(SessionFacts f) {
            return new SessionView(f.id(), f.start(), f.end(),
                    new TextView(JstFormat.range(f.start(), f.end(), Locale.JAPANESE), JstFormat.range(f.start(), f.end(), Locale.ENGLISH)),
                    f.applicationsOpen(), label(f.applicationsOpen()), f.applicationsClose(), label(f.applicationsClose()),
                    f.capacity(), f.registered(), f.waiting(), f.placesLeft(), f.status(), f.linkLeadMinutes(),
                    f.linkVisibleFrom(), label(f.linkVisibleFrom()), f.recordingAvailableAt());
        }
    }

    /** A session for the learner: their status, waitlist position, the meeting link only while they may see it. */
    public record LearnerSessionView(SessionView session, RegistrationStatus myStatus, int waitlistPosition, boolean joined,
                                     String meetingUrl, boolean canApply, String applyRefusal, boolean canCancel) {

        static LearnerSessionView of(LiveSessionService.LearnerSession s) {
            return new LearnerSessionView(SessionView.of(s.session()), s.myStatus(), s.waitlistPosition(), s.joined(),
                    s.meetingUrl(), s.canApply(), s.applyRefusal(), s.canCancel());
        }
    }

    public record OverviewView(List<LearnerSessionView> sessions, JsonObject rule, boolean completed,
                               String completionReason, Instant serverNow) {

        static OverviewView of(LiveSessionService.LearnerOverview o) {
            return new OverviewView(o.sessions().stream().map(LearnerSessionView::of).toList(), o.rule(), o.completed(),
                    o.completionReason(), o.serverNow());
        }
    }

    public record JoinView(String meetingUrl) {
    }

    public record AdminSessionView(SessionView session, String meetingUrl, boolean recordingConfigured, int revision) {

        static AdminSessionView of(LiveSessionService.AdminSession s) {
            return new AdminSessionView(SessionView.of(s.session()), s.meetingUrl(), s.recordingConfigured(), s.revision());
        }
    }

    public record ActivityRefView(String courseId, TextView courseTitle, String trackCode, String activityId,
                                  TextView activityTitle, boolean hasRecording, boolean runsSessions) {

        static ActivityRefView of(LiveSessionService.ActivityRef r) {
            return new ActivityRefView(r.courseId(), TextView.of(r.courseTitle()), r.trackCode(), r.activityId(),
                    TextView.of(r.activityTitle()), r.hasRecording(), r.runsSessions());
        }
    }

    public record RegistrationView(String learnerId, String fullName, String email, String institution,
                                   RegistrationStatus status, int waitlistPosition, Instant appliedAt,
                                   TextView appliedAtLabel, boolean appliedByManager, Integer attendanceMinutes,
                                   Source attendanceSource, String attendanceReason, Instant joinedAt, Instant remindedAt) {

        static RegistrationView of(LiveSessionService.RegistrationRow r) {
            return new RegistrationView(r.learnerId(), r.fullName(), r.email(), r.institution(), r.status(),
                    r.waitlistPosition(), r.appliedAt(), label(r.appliedAt()), r.appliedByManager(), r.attendanceMinutes(),
                    r.attendanceSource(), r.attendanceReason(), r.joinedAt(), r.remindedAt());
        }
    }

    public record AttendeeView(String email, String name, int minutes, List<Integer> lines) {

        static AttendeeView of(AttendanceReport.Attendee a) {
            return new AttendeeView(a.email(), a.name(), a.minutes(), a.lines());
        }
    }

    public record ReportProblemView(int line, String field, String code, String message) {
    }

    /** The dry run, or what was applied ({@code applied}). */
    public record AttendanceImportView(String encoding, boolean applied, List<AttendeeView> matched,
                                       List<AttendeeView> unmatched, List<String> registeredWithoutAttendance,
                                       List<ReportProblemView> problems) {

        static AttendanceImportView of(LiveSessionService.AttendanceImport i, Locale locale) {
            AttendanceReport.DryRun r = i.result();
            return new AttendanceImportView(i.encoding(), i.applied(), r.matched().stream().map(AttendeeView::of).toList(),
                    r.unmatched().stream().map(AttendeeView::of).toList(), r.registeredWithoutAttendance(),
                    r.problems().stream().map(p -> new ReportProblemView(p.line(), p.field(), p.code(), p.message(locale))).toList());
        }
    }

    /** The learner's feed: whether one exists, since when, and its address only right after it was made. */
    public record FeedView(boolean exists, Instant issuedAt, String url) {
    }
}
