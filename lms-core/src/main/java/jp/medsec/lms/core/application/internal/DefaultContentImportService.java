package jp.medsec.lms.core.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jp.medsec.lms.core.access.AccessPolicy;
import jp.medsec.lms.core.application.Actor;
import jp.medsec.lms.core.application.AuditLog;
import jp.medsec.lms.core.application.content.ContentDocuments.ActivityDocument;
import jp.medsec.lms.core.application.content.ContentDocuments.CourseDocument;
import jp.medsec.lms.core.application.content.ContentDocuments.ModuleDocument;
import jp.medsec.lms.core.application.content.ContentDocuments.Text;
import jp.medsec.lms.core.application.content.ContentDocuments.TrackDocument;
import jp.medsec.lms.core.application.content.ContentFormatException;
import jp.medsec.lms.core.application.content.ContentImportService;
import jp.medsec.lms.core.domain.model.course.Activity;
import jp.medsec.lms.core.domain.model.course.CertificatePolicy;
import jp.medsec.lms.core.application.content.CourseContentCheck;
import jp.medsec.lms.core.domain.model.course.Course;
import jp.medsec.lms.core.domain.model.course.CourseModule;
import jp.medsec.lms.core.domain.model.course.CourseRepository;
import jp.medsec.lms.core.domain.model.learner.Learner;
import jp.medsec.lms.core.domain.model.learner.LearnerRepository;
import jp.medsec.lms.core.domain.model.shared.AccessDeniedException;
import jp.medsec.lms.core.domain.model.shared.ConflictException;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException.FieldProblem;
import jp.medsec.lms.core.domain.model.shared.LocalizedText;
import jp.medsec.lms.core.domain.model.shared.NotFoundException;
import jp.medsec.lms.core.domain.model.track.Track;
import jp.medsec.lms.core.domain.model.track.TrackRepository;
import jp.medsec.lms.core.plugin.ActivityTypeRegistry;
import jp.medsec.lms.spi.ActivityType;
import jp.medsec.lms.spi.InvalidSettingsException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
@Transactional
public class DefaultContentImportService implements ContentImportService {

    @Inject
    TrackRepository tracks;

    @Inject
    CourseRepository courses;

    @Inject
    ActivityTypeRegistry registry;

    @Inject
    Clock clock;

    @Inject
    LearnerRepository learners;

    @Inject
    AccessPolicy policy;

    @Inject
    AuditLog audit;

    @Inject
    @Any
    Instance<CourseContentCheck> courseChecks;

    @Override
    public Imported importTrack(TrackDocument doc) {
        Optional<Track> existing = tracks.find(doc.code());
        if (existing.isPresent()) {
            return new Imported(doc.code(), false);
        }
        tracks.store(new Track(doc.code(), doc.position(), text(doc.name()), text(doc.audience()), text(doc.description())));
        return new Imported(doc.code(), true);
    }

    @Override
    public Imported importCourse(CourseDocument doc, boolean publish) {
        Optional<Course> existing = courses.findBySlug(doc.slug());
        if (existing.isPresent()) {
            return new Imported(existing.get().id(), false);
        }
        checkSettings(doc);
        Track track = tracks.find(doc.track()).orElseThrow(() -> new NotFoundException("track", doc.track()));
        Course course = new Course(doc.slug(), track, text(doc.title()), text(doc.summary()), doc.minutes(), clock.instant());
        var certificate = doc.certificate();
        course.certificatePolicy(CertificatePolicy.of(certificate.validityMonths(), certificate.template(), certificate.approval()));
        for (ModuleDocument m : doc.modules()) {
            CourseModule module = course.addModule(text(m.title()));
            for (ActivityDocument a : m.activities()) {
                module.addActivity(a.key(), a.type(), text(a.title()), a.required(), a.minutes(), a.settings().toString());
            }
        }
        if (publish) {
            course.publish();
        }
        courses.store(course);
        return new Imported(course.id(), true);
    }

    @Override
    public Imported importCourse(Actor actor, CourseDocument doc, boolean publish) {
        Learner author = learners.find(actor.learnerId()).orElseThrow(() -> new NotFoundException("learner", actor.learnerId()));
        if (!policy.mayAuthor(author, doc.track())) {
            throw new AccessDeniedException("course.track-not-authorised", "You may not author courses in track " + doc.track());
        }
        Imported imported = importCourse(doc, publish);
        if (!imported.created()) {
            throw new ConflictException("course.slug-taken", "A course with slug '" + doc.slug() + "' already exists");
        }
        audit.record(AuditLog.COURSE_IMPORTED, actor.learnerId(), imported.id(), actor.address(),
                doc.slug() + (publish ? " (published)" : " (draft)"));
        return imported;
    }

    @Override
    public void changeActivitySettings(Actor actor, String courseId, String activityId, JsonObject settings) {
        Learner author = learners.find(actor.learnerId()).orElseThrow(() -> new NotFoundException("learner", actor.learnerId()));
        Course course = courses.find(courseId).filter(c -> policy.mayAuthor(author, c.track().code()))
                .orElseThrow(() -> new NotFoundException("course", courseId));
        Activity activity = course.activity(activityId);
        ActivityType type = registry.find(activity.typeId()).orElseThrow(() -> new NotFoundException("activity", activityId));
        try {
            type.validateSettings(settings);
        } catch (InvalidSettingsException e) {
            throw new ContentFormatException(e.problems().stream().map(p -> new FieldProblem("settings", p)).toList());
        }
        activity.changeSettings(settings.toString());
        audit.record(AuditLog.ACTIVITY_SETTINGS_CHANGED, actor.learnerId(), activity.id(), actor.address(),
                course.slug() + "/" + activity.key());
    }

    /**
     * Every activity's plugin must exist and accept its settings, and the course must pass every {@link CourseContentCheck};
     * all problems are reported together.
     */
    private void checkSettings(CourseDocument doc) {
        List<FieldProblem> problems = new ArrayList<>();
        for (int m = 0; m < doc.modules().size(); m++) {
            List<ActivityDocument> activities = doc.modules().get(m).activities();
            for (int a = 0; a < activities.size(); a++) {
                ActivityDocument activity = activities.get(a);
                String at = doc.slug() + ": modules[" + m + "].activities[" + a + "]";
                Optional<ActivityType> type = registry.find(activity.type());
                if (type.isEmpty()) {
                    problems.add(new FieldProblem(at + ".type", "no activity type plugin '" + activity.type() + "' is installed"));
                    continue;
                }
                try {
                    type.get().validateSettings(activity.settings());
                } catch (InvalidSettingsException e) {
                    e.problems().forEach(p -> problems.add(new FieldProblem(at + ".settings", p)));
                }
            }
        }
        if (problems.isEmpty()) {
            // Rules across activities or on stored data, once each activity's own settings are known to be sound.
            courseChecks.forEach(check -> problems.addAll(check.check(doc)));
        }
        if (!problems.isEmpty()) {
            throw new ContentFormatException(problems);
        }
    }

    private static LocalizedText text(Text t) {
        return new LocalizedText(t.ja(), t.en());
    }
}
