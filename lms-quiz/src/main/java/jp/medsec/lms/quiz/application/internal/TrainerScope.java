package jp.medsec.lms.quiz.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jp.medsec.lms.core.access.AccessPolicy;
import jp.medsec.lms.core.application.CatalogService;
import jp.medsec.lms.core.domain.model.course.Activity;
import jp.medsec.lms.core.domain.model.course.Course;
import jp.medsec.lms.core.domain.model.learner.Learner;
import jp.medsec.lms.core.domain.model.learner.LearnerRepository;
import jp.medsec.lms.core.domain.model.shared.NotFoundException;
import jp.medsec.lms.quiz.activity.QuizActivityType;

import java.io.StringReader;

/**
 * The quiz a trainer or administrator works on: a quiz activity of a published course in a track they may author.
 * Anything else (another track, not a quiz, unknown) answers as not found, so nothing is revealed.
 */
@ApplicationScoped
class TrainerScope {

    @Inject
    CatalogService catalog;

    @Inject
    LearnerRepository learners;

    @Inject
    AccessPolicy policy;

    record TrainerQuiz(Learner caller, Course course, Activity activity, JsonObject settings) {
    }

    TrainerQuiz quiz(String callerId, String courseId, String activityId) {
        Course course = catalog.publishedCourse(courseId);
        Learner caller = learners.find(callerId).orElseThrow(() -> new NotFoundException("learner", callerId));
        Activity activity = course.activities().stream()
                .filter(a -> a.id().equals(activityId) && QuizActivityType.ID.equals(a.typeId())).findFirst()
                .orElseThrow(() -> new NotFoundException("quiz", activityId));
        if (!policy.mayAuthor(caller, course.track().code())) {
            throw new NotFoundException("quiz", activityId);
        }
        try (var reader = Json.createReader(new StringReader(activity.settings()))) {
            return new TrainerQuiz(caller, course, activity, reader.readObject());
        }
    }
}
