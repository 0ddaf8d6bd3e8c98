package jp.medsec.lms.activity.live.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jp.medsec.lms.activity.live.AttendanceReport;
import jp.medsec.lms.activity.live.FeedToken;
import jp.medsec.lms.activity.live.LiveSessionActivityType;
import jp.medsec.lms.activity.live.LiveSessionActivityType.Source;
import jp.medsec.lms.activity.live.LiveSessionSettings;
import jp.medsec.lms.activity.live.Registration;
import jp.medsec.lms.activity.live.RegistrationRefusedException;
import jp.medsec.lms.activity.live.RegistrationStatus;
import jp.medsec.lms.activity.live.Registrations;
import jp.medsec.lms.activity.live.SessionNotice;
import jp.medsec.lms.activity.live.SessionNotice.Kind;
import jp.medsec.lms.activity.live.SessionSchedule;
import jp.medsec.lms.activity.live.SessionStatus;
import jp.medsec.lms.activity.live.application.LiveSessionService.ActivityRef;
import jp.medsec.lms.activity.live.application.LiveSessionService.AdminSession;
import jp.medsec.lms.activity.live.application.LiveSessionService.AttendanceImport;
import jp.medsec.lms.activity.live.application.LiveSessionService.CalendarEntry;
import jp.medsec.lms.activity.live.application.LiveSessionService.LearnerOverview;
import jp.medsec.lms.activity.live.application.LiveSessionService.LearnerSession;
import jp.medsec.lms.activity.live.application.LiveSessionService.RegistrationRow;
import jp.medsec.lms.activity.live.application.LiveSessionService.SessionFacts;
import jp.medsec.lms.activity.live.application.LiveSessionService.SessionInput;
import jp.medsec.lms.activity.live.session.CalendarFeed;
import jp.medsec.lms.activity.live.session.LiveSession;
import jp.medsec.lms.activity.live.session.SessionRegistration;
import jp.medsec.lms.core.access.AccessPolicy;
import jp.medsec.lms.core.application.Actor;
import jp.medsec.lms.core.application.AuditLog;
import jp.medsec.lms.core.application.CatalogService;
import jp.medsec.lms.core.application.CatalogService.TrackSummary;
import jp.medsec.lms.core.application.EnrolmentService;
import jp.medsec.lms.core.domain.model.course.Activity;
import jp.medsec.lms.core.domain.model.course.Course;
import jp.medsec.lms.core.domain.model.enrolment.Enrolment;
import jp.medsec.lms.core.domain.model.enrolment.EnrolmentRepository;
import jp.medsec.lms.core.domain.model.learner.Learner;
import jp.medsec.lms.core.domain.model.learner.LearnerRepository;
import jp.medsec.lms.core.domain.model.learner.Role;
import jp.medsec.lms.core.domain.model.shared.AccessDeniedException;
import jp.medsec.lms.core.domain.model.shared.ConflictException;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException.FieldProblem;
import jp.medsec.lms.core.domain.model.shared.NotFoundException;
import jp.medsec.lms.spi.ActivityContext;
import jp.medsec.lms.spi.ActivityRecorder;
import jp.medsec.lms.spi.CompletionDecision;
import jp.medsec.lms.spi.InvalidSettingsException;
import jp.medsec.lms.spi.LearnerEvent;

import java.io.StringReader;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The live-session work, one transaction per call; {@link DefaultLiveSessionService} retries a call that lost a
 * race (a deadlock victim, a unique key taken). Every change to a session's registrations follows one lock order:
 * the session row first ({@code PESSIMISTIC_WRITE}), then its registrations, then the outcome of the pure
 * {@link Registrations} rules is written with {@code registered_count}, and the notices are fired. The clock is read
 * after the lock, so application times (the waitlist's order) follow the order in which applications got the lock.
 */
@ApplicationScoped
@Transactional
class LiveSessionTransactions {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final String AUDIT_SESSION_CREATED = "live.session.created";
    static final String AUDIT_SESSION_CHANGED = "live.session.changed";
    static final String AUDIT_SESSION_CANCELLED = "live.session.cancelled";
    static final String AUDIT_SESSION_HELD = "live.session.held";
    static final String AUDIT_RECORDING_ANNOUNCED = "live.session.recording-announced";
    static final String AUDIT_APPLIED_FOR_STAFF = "live.registration.applied-for-staff";
    static final String AUDIT_CANCELLED_FOR_STAFF = "live.registration.cancelled-for-staff";
    static final String AUDIT_ATTENDANCE_IMPORTED = "live.attendance.imported";
    static final String AUDIT_ATTENDANCE_EDITED = "live.attendance.edited";

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<SessionNotice> notices;

    @Inject
    ActivityRecorder recorder;

    @Inject
    AuditLog audit;

    @Inject
    CatalogService catalog;

    @Inject
    EnrolmentService enrolmentService;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    LearnerRepository learners;

    @Inject
    AccessPolicy access;

    @Inject
    LiveSessionActivityType liveType;

    /** A published course's live-session activity, with its settings. */
    private record LiveActivity(Course course, Activity activity, JsonObject settingsJson, LiveSessionSettings settings) {
    }

    // ---- learners -------------------------------------------------------------------------------------------------

    /**
     * The learner's page, read without loading everyone's registrations (learners' pages refresh every minute):
     * the places taken come from {@code registered_count}, the waiting from one count per activity, and the
     * learner's own rows and waitlist positions from their own registrations.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    LearnerOverview overview(String learnerId, String courseId, String activityId, Locale locale) {
        LiveActivity live = activity(courseId, activityId);
        Enrolment enrolment = enrolled(learnerId, live);
        Instant now = clock.instant();
        Map<String, Long> waiting = new HashMap<>();
        for (Object[] row : em.createNamedQuery("SessionRegistration.waitingPerSession", Object[].class)
                .setParameter("activityId", activityId).getResultList()) {
            waiting.put((String) row[0], (Long) row[1]);
        }
        Map<String, SessionRegistration> mine = em.createNamedQuery("SessionRegistration.ofLearnerInActivity", SessionRegistration.class)
                .setParameter("learnerId", learnerId).setParameter("activityId", activityId).getResultStream()
                .collect(Collectors.toMap(r -> r.session().id(), r -> r));
        List<LearnerSession> sessions = sessionsOf(activityId).stream()
                .map(s -> ownView(s, mine.get(s.id()), waiting.getOrDefault(s.id(), 0L).intValue(), now)).toList();
        List<LearnerEvent> events = enrolments.eventsFor(enrolment, activityId).stream()
                .map(e -> new LearnerEvent(e.type(), e.occurredAt(), parse(e.payload()))).toList();
        ActivityContext context = new ActivityContext(activityId, live.settingsJson(), locale, now);
        JsonObject rule = liveType.present(context, events).data();
        var completion = enrolment.completionOf(activityId);
        String reason = completion.isPresent() ? completion.get().reason() : liveType.decide(context, events).reason();
        return new LearnerOverview(sessions, rule, completion.isPresent(), reason, now);
    }

    LearnerSession apply(Actor actor, String courseId, String activityId, String sessionId, String learnerId) {
        LiveActivity live = activity(courseId, activityId);
        LiveSession session = locked(live, sessionId);
        boolean forStaff = actingForStaff(actor, learnerId);
        if (forStaff) {
            enrolmentService.enrol(learnerId, courseId);
        } else {
            enrolled(learnerId, live);
        }
        Instant now = clock.instant();
        List<SessionRegistration> rows = registrationsOf(session);
        Registrations.Application outcome = rules(session, rows).apply(learnerId, now);
        SessionRegistration row = rows.stream().filter(r -> r.learnerId().equals(learnerId)).findFirst().orElse(null);
        if (row == null) {
            row = new SessionRegistration(session, learnerId, outcome.status(), actor.learnerId(), now);
            em.persist(row);
            rows.add(row);
        } else {
            row.reapply(outcome.status(), actor.learnerId(), now);
        }
        if (outcome.status() == RegistrationStatus.REGISTERED) {
            session.placeTaken();
        }
        em.flush(); // the unique key and the places check answer here, inside the retry
        tell(outcome.status() == RegistrationStatus.REGISTERED ? Kind.APPLICATION_RECEIVED : Kind.WAITLISTED,
                learnerId, session, outcome.waitlistPosition());
        if (forStaff) {
            audit.record(AUDIT_APPLIED_FOR_STAFF, actor.learnerId(), learnerId, actor.address(),
                    "session " + session.id() + ": " + outcome.status());
        }
        return learnerView(session, rows, learnerId, now);
    }

    LearnerSession cancel(Actor actor, String courseId, String activityId, String sessionId, String learnerId) {
        LiveActivity live = activity(courseId, activityId);
        LiveSession session = locked(live, sessionId);
        boolean forStaff = actingForStaff(actor, learnerId);
        if (!forStaff) {
            enrolled(learnerId, live);
        }
        Instant now = clock.instant();
        List<SessionRegistration> rows = registrationsOf(session);
        Registrations.Cancellation outcome = rules(session, rows).cancel(learnerId, now);
        SessionRegistration mine = byId(rows, outcome.cancelled().id());
        boolean heldPlace = mine.status() == RegistrationStatus.REGISTERED;
        mine.changeStatus(RegistrationStatus.CANCELLED, now);
        if (heldPlace) {
            session.placeFreed();
        }
        outcome.promoted().ifPresent(p -> promote(session, byId(rows, p.id()), now));
        em.flush();
        if (forStaff) {
            audit.record(AUDIT_CANCELLED_FOR_STAFF, actor.learnerId(), learnerId, actor.address(), "session " + session.id());
        }
        return learnerView(session, rows, learnerId, now);
    }

    String join(String learnerId, String courseId, String activityId, String sessionId) {
        LiveActivity live = activity(courseId, activityId);
        LiveSession session = sessionOf(live, sessionId);
        enrolled(learnerId, live);
        Instant now = clock.instant();
        SessionRegistration mine = registrationOf(session, learnerId).orElse(null);
        boolean registered = mine != null && mine.status() == RegistrationStatus.REGISTERED;
        if (!session.schedule().canSeeMeetingLink(registered, now)) {
            throw new ConflictException("live.session.link-not-available",
                    "The meeting link is shown to registered learners from " + session.schedule().meetingLinkVisibleFrom());
        }
        String url = session.meetingUrl().orElseThrow(() -> new ConflictException("live.session.no-meeting-url",
                "The meeting link has not been set yet"));
        mine.joined(now);
        return url;
    }

    // ---- calendars ------------------------------------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    List<CalendarEntry> calendar(String learnerId) {
        Instant since = clock.instant().minus(Duration.ofDays(30));
        List<CalendarEntry> entries = new ArrayList<>();
        for (SessionRegistration r : em.createNamedQuery("SessionRegistration.ofLearner", SessionRegistration.class)
                .setParameter("learnerId", learnerId).setParameter("status", RegistrationStatus.REGISTERED)
                .setParameter("since", since).getResultList()) {
            LiveSession s = r.session();
            Optional<Activity> activity = publishedActivity(s.courseId(), s.activityId());
            activity.ifPresent(a -> entries.add(new CalendarEntry(r.id(), s.courseId(), s.activityId(),
                    a.module().course().title(), a.title(), s.schedule(), s.revision())));
        }
        return entries;
    }

    String renewFeed(String learnerId) {
        FeedToken token = FeedToken.issue(RANDOM);
        CalendarFeed feed = em.find(CalendarFeed.class, learnerId, LockModeType.PESSIMISTIC_WRITE);
        if (feed == null) {
            em.persist(new CalendarFeed(learnerId, token, clock.instant()));
        } else {
            feed.renew(token, clock.instant());
        }
        em.flush();
        return token.token();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Optional<Instant> feedIssuedAt(String learnerId) {
        return Optional.ofNullable(em.find(CalendarFeed.class, learnerId)).map(CalendarFeed::issuedAt);
    }

    void revokeFeed(String learnerId) {
        CalendarFeed feed = em.find(CalendarFeed.class, learnerId);
        if (feed != null) {
            em.remove(feed);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Optional<String> feedOwner(String token) {
        if (token == null || !FeedToken.wellFormed(token)) {
            return Optional.empty();
        }
        return em.createNamedQuery("CalendarFeed.byHash", CalendarFeed.class).setParameter("hash", FeedToken.hashOf(token))
                .getResultStream().findFirst().map(CalendarFeed::learnerId);
    }

    // ---- administration -------------------------------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    List<ActivityRef> manageableActivities(Actor actor) {
        Learner me = learner(actor.learnerId());
        boolean manager = me.has(Role.INSTITUTION_MANAGER);
        List<ActivityRef> refs = new ArrayList<>();
        for (TrackSummary track : catalog.tracks()) {
            boolean runs = access.mayAuthor(me, track.track().code());
            if (!runs && !manager) {
                continue;
            }
            for (Course course : catalog.publishedCourses(track.track().code())) {
                for (Activity a : course.activities()) {
                    if (LiveSessionActivityType.ID.equals(a.typeId())) {
                        refs.add(new ActivityRef(course.id(), course.title(), track.track().code(), a.id(), a.title(),
                                settings(a).recordingActivityKey().isPresent(), runs));
                    }
                }
            }
        }
        return refs;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    List<AdminSession> sessions(Actor actor, String courseId, String activityId) {
        LiveActivity live = activity(courseId, activityId);
        Learner me = learner(actor.learnerId());
        boolean runs = access.mayAuthor(me, live.course().track().code());
        if (!runs && !me.has(Role.INSTITUTION_MANAGER)) {
            throw new NotFoundException("activity", activityId);
        }
        // Managers plan their staff's places: the dates and counts, never the meeting link.
        return sessionsOf(activityId).stream().map(s -> adminView(live, s, registrationsOf(s)))
                .map(v -> runs ? v : new AdminSession(v.session(), null, v.recordingConfigured(), v.revision())).toList();
    }

    AdminSession create(Actor actor, String courseId, String activityId, SessionInput input) {
        LiveActivity live = managed(actor, courseId, activityId);
        LiveSession session = new LiveSession(courseId, activityId, input.schedule(), input.meetingUrl(), clock.instant());
        em.persist(session);
        em.flush();
        audit.record(AUDIT_SESSION_CREATED, actor.learnerId(), session.id(), actor.address(), describe(session));
        return adminView(live, session, List.of());
    }

    AdminSession edit(Actor actor, String courseId, String activityId, String sessionId, SessionInput input) {
        LiveActivity live = managed(actor, courseId, activityId);
        LiveSession session = locked(live, sessionId);
        SessionSchedule changed = input.schedule();
        session.reschedule(changed, input.meetingUrl());
        Instant now = clock.instant();
        List<SessionRegistration> rows = registrationsOf(session);
        for (Registration p : rules(session, rows).promotable(now)) {
            promote(session, byId(rows, p.id()), now);
        }
        em.flush();
        audit.record(AUDIT_SESSION_CHANGED, actor.learnerId(), session.id(), actor.address(), describe(session));
        return adminView(live, session, rows);
    }

    AdminSession cancelSession(Actor actor, String courseId, String activityId, String sessionId, String reason) {
        LiveActivity live = managed(actor, courseId, activityId);
        LiveSession session = locked(live, sessionId);
        String why = required(reason, "reason");
        session.cancel();
        List<SessionRegistration> rows = registrationsOf(session);
        for (SessionRegistration r : rows) {
            if (r.status() != RegistrationStatus.CANCELLED) {
                tell(Kind.SESSION_CANCELLED, r.learnerId(), session, 0);
            }
        }
        em.flush();
        audit.record(AUDIT_SESSION_CANCELLED, actor.learnerId(), session.id(), actor.address(), describe(session) + "; " + why);
        return adminView(live, session, rows);
    }

    AdminSession markHeld(Actor actor, String courseId, String activityId, String sessionId) {
        LiveActivity live = managed(actor, courseId, activityId);
        LiveSession session = locked(live, sessionId);
        session.markHeld(clock.instant());
        em.flush();
        audit.record(AUDIT_SESSION_HELD, actor.learnerId(), session.id(), actor.address(), describe(session));
        return adminView(live, session, registrationsOf(session));
    }

    AdminSession announceRecording(Actor actor, String courseId, String activityId, String sessionId) {
        LiveActivity live = managed(actor, courseId, activityId);
        if (live.settings().recordingActivityKey().isEmpty()) {
            throw new ConflictException("live.session.no-recording", "The activity's settings name no recording");
        }
        LiveSession session = locked(live, sessionId);
        List<SessionRegistration> rows = registrationsOf(session);
        if (session.announceRecording(clock.instant())) {
            for (SessionRegistration r : rows) {
                if (r.status() == RegistrationStatus.REGISTERED) {
                    tell(Kind.RECORDING_AVAILABLE, r.learnerId(), session, 0);
                }
            }
            audit.record(AUDIT_RECORDING_ANNOUNCED, actor.learnerId(), session.id(), actor.address(), describe(session));
        }
        return adminView(live, session, rows);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    List<RegistrationRow> registrations(Actor actor, String courseId, String activityId, String sessionId) {
        LiveActivity live = activity(courseId, activityId);
        Learner me = learner(actor.learnerId());
        boolean runsSessions = access.mayAuthor(me, live.course().track().code());
        if (!runsSessions && !me.has(Role.INSTITUTION_MANAGER)) {
            throw new NotFoundException("activity", activityId); // a trainer of another track
        }
        LiveSession session = sessionOf(live, sessionId);
        List<SessionRegistration> rows = registrationsOf(session);
        Registrations rules = rules(session, rows);
        List<RegistrationRow> out = new ArrayList<>();
        for (SessionRegistration r : rows) {
            Learner person = learners.find(r.learnerId()).orElse(null);
            if (person == null || !runsSessions && !access.managesStaff(me, person)) {
                continue; // a manager sees their own staff only
            }
            out.add(row(r, person, rules));
        }
        return out;
    }

    AttendanceImport importAttendance(Actor actor, String courseId, String activityId, String sessionId, byte[] report,
                                      boolean dryRun) {
        LiveActivity live = managed(actor, courseId, activityId);
        LiveSession session = dryRun ? sessionOf(live, sessionId) : locked(live, sessionId);
        Instant now = clock.instant();
        attendanceOpen(session, now);
        if (report == null || report.length == 0) {
            throw new InvalidInputException("live.attendance.empty-file", "Upload the meeting tool's participant report");
        }
        Map<String, SessionRegistration> byEmail = new LinkedHashMap<>();
        for (SessionRegistration r : registrationsOf(session)) {
            if (r.status() == RegistrationStatus.REGISTERED) {
                learners.find(r.learnerId()).ifPresent(l -> byEmail.put(AttendanceReport.normaliseEmail(l.email()), r));
            }
        }
        AttendanceReport.Result read = AttendanceReport.read(report, session.start(), session.end());
        AttendanceReport.DryRun result = read.match(byEmail.keySet());
        if (dryRun) {
            return new AttendanceImport(read.encoding(), result, false);
        }
        if (session.status() == SessionStatus.SCHEDULED) {
            session.markHeld(now);
            audit.record(AUDIT_SESSION_HELD, actor.learnerId(), session.id(), actor.address(), describe(session));
        }
        for (AttendanceReport.Attendee a : result.matched()) {
            SessionRegistration r = byEmail.get(a.email());
            r.attendance(a.minutes(), Source.REPORT, actor.learnerId(), null, now);
            recorder.recordServerEvent(r.learnerId(), courseId, activityId, LiveSessionActivityType.ATTENDANCE,
                    LiveSessionActivityType.attendance(session.id(), a.minutes(), Source.REPORT));
        }
        em.flush();
        audit.record(AUDIT_ATTENDANCE_IMPORTED, actor.learnerId(), session.id(), actor.address(),
                "matched " + result.matched().size() + ", unmatched " + result.unmatched().size() + ", problems "
                        + result.problems().size());
        return new AttendanceImport(read.encoding(), result, true);
    }

    RegistrationRow editAttendance(Actor actor, String courseId, String activityId, String sessionId, String learnerId,
                                   int minutes, String reason) {
        LiveActivity live = managed(actor, courseId, activityId);
        LiveSession session = locked(live, sessionId);
        String why = required(reason, "reason");
        if (minutes < 0 || minutes > LiveSessionSettings.MAX_MINUTES) {
            throw new InvalidInputException("validation.failed", "Minutes must be 0 to " + LiveSessionSettings.MAX_MINUTES,
                    List.of(new FieldProblem("minutes", "live.attendance.minutes")));
        }
        Instant now = clock.instant();
        attendanceOpen(session, now);
        List<SessionRegistration> rows = registrationsOf(session);
        SessionRegistration r = rows.stream().filter(x -> x.learnerId().equals(learnerId)
                && x.status() == RegistrationStatus.REGISTERED).findFirst()
                .orElseThrow(() -> new NotFoundException("live.registration", learnerId));
        String before = r.attendanceMinutes().map(String::valueOf).orElse("-");
        r.attendance(minutes, Source.ADMIN, actor.learnerId(), why, now);
        recorder.recordServerEvent(learnerId, courseId, activityId, LiveSessionActivityType.ATTENDANCE,
                LiveSessionActivityType.attendance(session.id(), minutes, Source.ADMIN));
        em.flush();
        audit.record(AUDIT_ATTENDANCE_EDITED, actor.learnerId(), learnerId, actor.address(),
                "session " + session.id() + ": " + before + " -> " + minutes + " min; " + why);
        return row(r, learner(learnerId), rules(session, rows));
    }

    /** Ids of scheduled sessions starting after {@code now} and within {@code lead}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    List<String> startingWithin(Instant now, Duration lead) {
        return em.createNamedQuery("LiveSession.startingBetween", LiveSession.class).setParameter("from", now)
                .setParameter("to", now.plus(lead)).getResultStream().map(LiveSession::id).toList();
    }

    /** Reminds the session's registered learners not yet reminded, under the session's lock. */
    int remind(String sessionId) {
        LiveSession session = em.find(LiveSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (session == null || session.status() != SessionStatus.SCHEDULED || !session.start().isAfter(now)) {
            return 0;
        }
        List<SessionRegistration> due = em.createNamedQuery("SessionRegistration.toRemind", SessionRegistration.class)
                .setParameter("session", session).getResultList();
        for (SessionRegistration r : due) {
            r.reminded(now);
            tell(Kind.REMINDER, r.learnerId(), session, 0);
        }
        return due.size();
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private void promote(LiveSession session, SessionRegistration waiting, Instant now) {
        waiting.changeStatus(RegistrationStatus.REGISTERED, now);
        session.placeTaken();
        tell(Kind.PROMOTED, waiting.learnerId(), session, 0);
    }

    private void tell(Kind kind, String learnerId, LiveSession s, int position) {
        notices.fire(new SessionNotice(kind, learnerId, s.courseId(), s.activityId(), s.id(), s.start(), s.end(), position));
    }

    /** True when a manager (or administrator) acts for someone else, who must be their staff; false for oneself. */
    private boolean actingForStaff(Actor actor, String learnerId) {
        if (actor.learnerId().equals(learnerId)) {
            return false;
        }
        Learner me = learner(actor.learnerId());
        Learner staff = learners.find(learnerId).orElseThrow(() -> new NotFoundException("learner", learnerId));
        access.requireStaff(me, staff);
        return true;
    }

    private LiveActivity activity(String courseId, String activityId) {
        Activity activity = publishedActivity(courseId, activityId)
                .filter(a -> LiveSessionActivityType.ID.equals(a.typeId()))
                .orElseThrow(() -> new NotFoundException("activity", activityId));
        return new LiveActivity(activity.module().course(), activity, parse(activity.settings()), settings(activity));
    }

    private Optional<Activity> publishedActivity(String courseId, String activityId) {
        try {
            return catalog.publishedCourse(courseId).findActivity(activityId);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** The activity, if the actor may run its sessions (an administrator, or a trainer of its track); else 404. */
    private LiveActivity managed(Actor actor, String courseId, String activityId) {
        LiveActivity live = activity(courseId, activityId);
        if (!access.mayAuthor(learner(actor.learnerId()), live.course().track().code())) {
            throw new NotFoundException("activity", activityId);
        }
        return live;
    }

    private Enrolment enrolled(String learnerId, LiveActivity live) {
        return enrolments.find(learnerId, live.course().id()).orElseThrow(() -> new AccessDeniedException(
                "enrolment.required", "Enrol in the course to apply for its live sessions"));
    }

    private LiveSession sessionOf(LiveActivity live, String sessionId) {
        LiveSession s = sessionId == null ? null : em.find(LiveSession.class, sessionId);
        if (s == null || !s.activityId().equals(live.activity().id())) {
            throw new NotFoundException("live.session", sessionId);
        }
        return s;
    }

    /** The session row under a write lock: the first lock every change of its registrations takes. */
    private LiveSession locked(LiveActivity live, String sessionId) {
        LiveSession s = sessionId == null ? null : em.find(LiveSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (s == null || !s.activityId().equals(live.activity().id())) {
            throw new NotFoundException("live.session", sessionId);
        }
        return s;
    }

    private List<LiveSession> sessionsOf(String activityId) {
        return em.createNamedQuery("LiveSession.ofActivity", LiveSession.class).setParameter("activityId", activityId)
                .getResultList();
    }

    private List<SessionRegistration> registrationsOf(LiveSession session) {
        return new ArrayList<>(em.createNamedQuery("SessionRegistration.ofSession", SessionRegistration.class)
                .setParameter("session", session).getResultList());
    }

    private Optional<SessionRegistration> registrationOf(LiveSession session, String learnerId) {
        return registrationsOf(session).stream().filter(r -> r.learnerId().equals(learnerId)).findFirst();
    }

    private static Registrations rules(LiveSession session, List<SessionRegistration> rows) {
        return Registrations.of(session.schedule(), rows.stream().map(SessionRegistration::toRule).toList());
    }

    private static SessionRegistration byId(List<SessionRegistration> rows, String id) {
        return rows.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Registration " + id + " vanished under the session's lock"));
    }

    private static void attendanceOpen(LiveSession session, Instant now) {
        if (session.status() == SessionStatus.CANCELLED) {
            throw new ConflictException("live.registration.session-cancelled", "The session was cancelled");
        }
        if (now.isBefore(session.start())) {
            throw new ConflictException("live.session.not-started", "Attendance can be recorded once the session has started");
        }
    }

    private Learner learner(String id) {
        return learners.find(id).orElseThrow(() -> new NotFoundException("learner", id));
    }

    private static String required(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("validation.failed", "A " + field + " is required",
                    List.of(new FieldProblem(field, "lms.validation.required")));
        }
        String value = text.strip();
        return value.length() <= SessionRegistration.MAX_REASON ? value : value.substring(0, SessionRegistration.MAX_REASON);
    }

    private static SessionFacts facts(LiveSession s, Registrations rules) {
        SessionSchedule schedule = s.schedule();
        long free = Math.max(0, rules.placesLeft() - rules.waitlist().size());
        return new SessionFacts(s.id(), s.start(), s.end(), schedule.applicationsOpen(), schedule.applicationsClose(),
                s.capacity(), s.registeredCount(), rules.waitlist().size(), free, s.status(),
                (int) schedule.linkLead().toMinutes(), schedule.meetingLinkVisibleFrom(), s.recordingAvailableAt().orElse(null));
    }

    /** A session for a learner from their own registration and the session's counts (see {@link #overview}). */
    private LearnerSession ownView(LiveSession s, SessionRegistration mine, int waiting, Instant now) {
        int position = 0;
        if (mine != null && mine.status() == RegistrationStatus.WAITLISTED) {
            position = 1 + em.createNamedQuery("SessionRegistration.waitingAhead", Long.class).setParameter("session", s)
                    .setParameter("appliedAt", mine.appliedAt()).setParameter("id", mine.id()).getSingleResult().intValue();
        }
        long free = Math.max(0, Math.max(0, s.capacity() - s.registeredCount()) - waiting);
        SessionSchedule schedule = s.schedule();
        SessionFacts facts = new SessionFacts(s.id(), s.start(), s.end(), schedule.applicationsOpen(),
                schedule.applicationsClose(), s.capacity(), s.registeredCount(), waiting, free, s.status(),
                (int) schedule.linkLead().toMinutes(), schedule.meetingLinkVisibleFrom(), s.recordingAvailableAt().orElse(null));
        // Refusals depend on the session and the learner's own row only, never on the others' registrations.
        List<SessionRegistration> own = mine == null ? List.of() : List.of(mine);
        return learnerView(s, own, mine == null ? null : mine.learnerId(), now, facts, position);
    }

    private static LearnerSession learnerView(LiveSession s, List<SessionRegistration> rows, String learnerId, Instant now) {
        Registrations rules = rules(s, rows);
        return learnerView(s, rows, learnerId, now, facts(s, rules), rules.waitlistPosition(learnerId).orElse(0));
    }

    private static LearnerSession learnerView(LiveSession s, List<SessionRegistration> rows, String learnerId, Instant now,
                                              SessionFacts facts, int position) {
        Registrations rules = rules(s, rows);
        SessionRegistration mine = rows.stream().filter(r -> r.learnerId().equals(learnerId)).findFirst().orElse(null);
        RegistrationStatus status = mine == null ? null : mine.status();
        boolean registered = status == RegistrationStatus.REGISTERED;
        String url = s.schedule().canSeeMeetingLink(registered, now) ? s.meetingUrl().orElse(null) : null;
        String refusal = null;
        try {
            rules.apply(learnerId == null ? "" : learnerId, now);
        } catch (RegistrationRefusedException e) {
            refusal = e.code();
        }
        boolean canCancel = mine != null && mine.status() != RegistrationStatus.CANCELLED
                && s.status() == SessionStatus.SCHEDULED && now.isBefore(s.start());
        return new LearnerSession(facts, status, position, mine != null && mine.joinedAt().isPresent(), url,
                refusal == null, refusal, canCancel);
    }

    private AdminSession adminView(LiveActivity live, LiveSession s, List<SessionRegistration> rows) {
        return new AdminSession(facts(s, rules(s, rows)), s.meetingUrl().orElse(null),
                live.settings().recordingActivityKey().isPresent(), s.revision());
    }

    private static RegistrationRow row(SessionRegistration r, Learner person, Registrations rules) {
        return new RegistrationRow(r.learnerId(), person.fullName(), person.email(),
                person.institution().map(i -> i.name()).orElse(null), r.status(),
                rules.waitlistPosition(r.learnerId()).orElse(0), r.appliedAt(), !r.appliedBy().equals(r.learnerId()),
                r.attendanceMinutes().orElse(null), r.attendanceSource().orElse(null), r.attendanceReason().orElse(null),
                r.joinedAt().orElse(null), r.remindedAt().orElse(null));
    }

    private static String describe(LiveSession s) {
        return s.schedule().describe(Locale.JAPANESE) + ", " + s.capacity() + " places, " + s.status();
    }

    private static LiveSessionSettings settings(Activity activity) {
        try {
            return LiveSessionSettings.from(parse(activity.settings()));
        } catch (InvalidSettingsException e) {
            throw new IllegalStateException("Stored live-session settings are invalid: " + e.getMessage(), e);
        }
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        } catch (JsonException e) {
            throw new IllegalStateException("Stored JSON is not an object", e);
        }
    }
}
