package jp.medsec.lms.core.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jp.medsec.lms.core.application.ActivityEventRecorded;
import jp.medsec.lms.core.application.CatalogService;
import jp.medsec.lms.core.application.CourseCompleted;
import jp.medsec.lms.core.application.EnrolmentService;
import jp.medsec.lms.core.domain.model.course.Activity;
import jp.medsec.lms.core.domain.model.course.Course;
import jp.medsec.lms.core.domain.model.enrolment.Enrolment;
import jp.medsec.lms.core.domain.model.enrolment.EnrolmentRepository;
import jp.medsec.lms.core.domain.model.enrolment.Progress;
import jp.medsec.lms.core.domain.model.enrolment.RecordedEvent;
import jp.medsec.lms.core.domain.model.learner.Learner;
import jp.medsec.lms.core.domain.model.learner.LearnerRepository;
import jp.medsec.lms.core.domain.model.shared.AccessDeniedException;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException;
import jp.medsec.lms.core.domain.model.shared.NotFoundException;
import jp.medsec.lms.spi.ActivityContext;
import jp.medsec.lms.spi.ActivityRecorder;
import jp.medsec.lms.spi.ActivityType;
import jp.medsec.lms.spi.CompletionDecision;
import jp.medsec.lms.spi.LearnerEvent;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
@Transactional
public class DefaultEnrolmentService implements EnrolmentService, ActivityRecorder {

    @Inject
    CatalogService catalog;

    @Inject
    LearnerRepository learners;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    ActivityPlugins plugins;

    @Inject
    Clock clock;

    @Inject
    Event<CourseCompleted> courseCompleted;

    @Inject
    Event<ActivityEventRecorded> eventRecorded;

    @Override
    public Enrolled enrol(String learnerId, String courseId) {
        Course course = catalog.publishedCourse(courseId);
        Optional<Enrolment> existing = enrolments.find(learnerId, course.id());
        if (existing.isPresent()) {
            return new Enrolled(existing.get().progress(), false);
        }
        Learner learner = learners.find(learnerId).orElseThrow(() -> new NotFoundException("learner", learnerId));
        Enrolment enrolment = new Enrolment(learner, course, clock.instant());
        enrolments.store(enrolment);
        return new Enrolled(enrolment.progress(), true);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Progress> progress(String learnerId, String courseId) {
        Course course = catalog.publishedCourse(courseId);
        return enrolments.find(learnerId, course.id()).map(Enrolment::progress);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Standing> standing(String learnerId, String courseId) {
        Course course = catalog.publishedCourse(courseId);
        return enrolments.find(learnerId, course.id()).map(e -> new Standing(e.progress(),
                new Round(e.round(), e.roundStartedAt(), e.completedAt().orElse(null)), e.mayStartNewRound(clock.instant()),
                e.pastRounds().stream().map(r -> new Round(r.round(), r.startedAt(), r.completedAt())).toList()));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Enrolment> enrolments(String learnerId) {
        return enrolments.findByLearner(learnerId);
    }

    @Override
    public Progress startNewRound(String learnerId, String courseId) {
        Course course = catalog.publishedCourse(courseId);
        Enrolment enrolment = enrolments.findLocked(learnerId, course.id()).orElseThrow(() -> new AccessDeniedException(
                "enrolment.required", "Enrol in the course first"));
        enrolment.startNewRound(clock.instant());
        return enrolment.progress();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public OpenedActivity open(String learnerId, String courseId, String activityId, Locale locale) {
        Enrolment enrolment = enrolmentIn(learnerId, courseId);
        Activity activity = enrolment.course().activity(activityId);
        ActivityType type = plugins.typeOf(activity);
        ActivityContext context = plugins.context(activity, locale, clock.instant());
        return new OpenedActivity(activity, type.present(context, eventsOf(enrolment, activity)),
                enrolment.completionOf(activityId).isPresent(), enrolment.round());
    }

    @Override
    public EventOutcome record(String learnerId, String courseId, String activityId, String eventType,
                               JsonObject payload, Locale locale) {
        Enrolment enrolment = enrolmentIn(learnerId, courseId);
        Activity activity = enrolment.course().activity(activityId);
        ActivityType type = plugins.typeOf(activity);
        if (!type.acceptedEvents().contains(eventType)) {
            throw new InvalidInputException("event.not-accepted",
                    "Activity type '" + activity.typeId() + "' does not accept event '" + eventType + "'");
        }
        return append(enrolment, activity, type, eventType, payload, locale);
    }

    @Override
    public CompletionDecision recordServerEvent(String learnerId, String courseId, String activityId, String eventType,
                                                JsonObject payload) {
        Enrolment enrolment = enrolmentIn(learnerId, courseId);
        Activity activity = enrolment.course().activity(activityId);
        EventOutcome outcome = append(enrolment, activity, plugins.typeOf(activity), eventType, payload, Locale.JAPANESE);
        return new CompletionDecision(outcome.completed(), outcome.reason());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public int round(String learnerId, String courseId) {
        return enrolmentIn(learnerId, courseId).round();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<JsonObject> settingsOf(String courseId, String activityId) {
        try {
            Activity activity = catalog.publishedCourse(courseId).activity(activityId);
            return Optional.of(plugins.context(activity, Locale.JAPANESE, clock.instant()).settings());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private EventOutcome append(Enrolment enrolment, Activity activity, ActivityType type, String eventType,
                                JsonObject payload, Locale locale) {
        String activityId = activity.id();
        Instant now = clock.instant();
        enrolments.append(new RecordedEvent(enrolment, activity.id(), eventType, payload.toString(), now));
        List<LearnerEvent> events = eventsOf(enrolment, activity);
        // Observers (a video's recording link) run here, in this transaction, also once the activity is complete.
        eventRecorded.fire(new ActivityEventRecorded(enrolment.learner().id(), enrolment.course().id(), activity, eventType, events));
        if (enrolment.completionOf(activityId).isPresent()) {
            return new EventOutcome(true, null, enrolment.progress());
        }
        CompletionDecision decision = type.decide(plugins.context(activity, locale, now), events);
        if (decision.complete()) {
            enrolment.complete(activity, decision.reason(), now);
            if (enrolment.progress().complete()) {
                courseCompleted.fire(new CourseCompleted(enrolment.learner().id(), enrolment.course().id(), now));
            }
        }
        return new EventOutcome(decision.complete(), decision.reason(), enrolment.progress());
    }

    private List<LearnerEvent> eventsOf(Enrolment enrolment, Activity activity) {
        return enrolments.eventsFor(enrolment, activity.id()).stream().map(ActivityPlugins::toSpi).toList();
    }

    private Enrolment enrolmentIn(String learnerId, String courseId) {
        Course course = catalog.publishedCourse(courseId);
        return enrolments.find(learnerId, course.id()).orElseThrow(() -> new AccessDeniedException(
                "enrolment.required", "Enrol in the course to open its activities"));
    }
}
