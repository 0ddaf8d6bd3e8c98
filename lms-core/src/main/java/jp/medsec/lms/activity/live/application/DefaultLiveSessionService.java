package jp.medsec.lms.activity.live.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.medsec.lms.core.application.Actor;
import jp.medsec.lms.core.infrastructure.persistence.LostRace;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The live-session service: each call is one transaction in {@link LiveSessionTransactions}. A change that lost a
 * race in the database (Derby or PostgreSQL chose it as a deadlock victim, a lock wait timed out, a unique key was
 * taken by a parallel request) runs again in a fresh transaction, three tries in all, and then sees the winner's
 * work: a double click answers "already registered" instead of an error.
 */
@ApplicationScoped
public class DefaultLiveSessionService implements LiveSessionService {

    private static final Logger LOG = Logger.getLogger(DefaultLiveSessionService.class.getName());

    @Inject
    LiveSessionTransactions tx;

    /** How long before the start the reminder goes out (ISO-8601 duration, e.g. PT24H or PT2H30M). */
    @Inject
    @ConfigProperty(name = "lms.live.reminder.lead", defaultValue = "PT24H")
    String reminderLead;

    @Override
    public LearnerOverview overview(String learnerId, String courseId, String activityId, Locale locale) {
        return tx.overview(learnerId, courseId, activityId, locale);
    }

    @Override
    public LearnerSession apply(Actor actor, String courseId, String activityId, String sessionId, String learnerId) {
        return retryLostRaces(() -> tx.apply(actor, courseId, activityId, sessionId, learnerId));
    }

    @Override
    public LearnerSession cancel(Actor actor, String courseId, String activityId, String sessionId, String learnerId) {
        return retryLostRaces(() -> tx.cancel(actor, courseId, activityId, sessionId, learnerId));
    }

    @Override
    public String join(String learnerId, String courseId, String activityId, String sessionId) {
        return retryLostRaces(() -> tx.join(learnerId, courseId, activityId, sessionId));
    }

    @Override
    public List<CalendarEntry> calendar(String learnerId) {
        return tx.calendar(learnerId);
    }

    @Override
    public String renewFeed(String learnerId) {
        return retryLostRaces(() -> tx.renewFeed(learnerId));
    }

    @Override
    public Optional<Instant> feedIssuedAt(String learnerId) {
        return tx.feedIssuedAt(learnerId);
    }

    @Override
    public void revokeFeed(String learnerId) {
        tx.revokeFeed(learnerId);
    }

    @Override
    public Optional<String> feedOwner(String token) {
        return tx.feedOwner(token);
    }

    @Override
    public List<ActivityRef> manageableActivities(Actor actor) {
        return tx.manageableActivities(actor);
    }

    @Override
    public List<AdminSession> sessions(Actor actor, String courseId, String activityId) {
        return tx.sessions(actor, courseId, activityId);
    }

    @Override
    public AdminSession create(Actor actor, String courseId, String activityId, SessionInput input) {
        return tx.create(actor, courseId, activityId, input);
    }

    @Override
    public AdminSession edit(Actor actor, String courseId, String activityId, String sessionId, SessionInput input) {
        return retryLostRaces(() -> tx.edit(actor, courseId, activityId, sessionId, input));
    }

    @Override
    public AdminSession cancelSession(Actor actor, String courseId, String activityId, String sessionId, String reason) {
        return retryLostRaces(() -> tx.cancelSession(actor, courseId, activityId, sessionId, reason));
    }

    @Override
    public AdminSession markHeld(Actor actor, String courseId, String activityId, String sessionId) {
        return retryLostRaces(() -> tx.markHeld(actor, courseId, activityId, sessionId));
    }

    @Override
    public AdminSession announceRecording(Actor actor, String courseId, String activityId, String sessionId) {
        return retryLostRaces(() -> tx.announceRecording(actor, courseId, activityId, sessionId));
    }

    @Override
    public List<RegistrationRow> registrations(Actor actor, String courseId, String activityId, String sessionId) {
        return tx.registrations(actor, courseId, activityId, sessionId);
    }

    @Override
    public AttendanceImport importAttendance(Actor actor, String courseId, String activityId, String sessionId,
                                             byte[] report, boolean dryRun) {
        return retryLostRaces(() -> tx.importAttendance(actor, courseId, activityId, sessionId, report, dryRun));
    }

    @Override
    public RegistrationRow editAttendance(Actor actor, String courseId, String activityId, String sessionId,
                                          String learnerId, int minutes, String reason) {
        return retryLostRaces(() -> tx.editAttendance(actor, courseId, activityId, sessionId, learnerId, minutes, reason));
    }

    @Override
    public int sendReminders(Instant now) {
        int sent = 0;
        for (String sessionId : tx.startingWithin(now, lead())) {
            try {
                sent += retryLostRaces(() -> tx.remind(sessionId));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not send the reminders of live session " + sessionId, e);
            }
        }
        return sent;
    }

    Duration lead() {
        try {
            Duration lead = Duration.parse(reminderLead.strip());
            if (!lead.isNegative() && !lead.isZero()) {
                return lead;
            }
        } catch (RuntimeException e) {
            // reported below
        }
        throw new IllegalStateException("lms.live.reminder.lead must be a positive ISO-8601 duration such as PT24H, not "
                + reminderLead);
    }

    private static <T> T retryLostRaces(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (!LostRace.of(e) || attempt == 3) {
                    throw e;
                }
            }
        }
    }
}
