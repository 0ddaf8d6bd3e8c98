package jp.medsec.lms.quiz.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jp.medsec.lms.core.domain.model.shared.NotFoundException;
import jp.medsec.lms.quiz.application.QuizPreviewService;
import jp.medsec.lms.quiz.application.QuizService.AttemptView;
import jp.medsec.lms.quiz.application.QuizService.CheckedView;
import jp.medsec.lms.quiz.application.QuizService.Overview;
import jp.medsec.lms.quiz.application.QuizService.QuizContext;
import jp.medsec.lms.quiz.domain.model.attempt.Attempt;

import java.util.Locale;

/**
 * Preview attempts in the caller's session ({@link PreviewAttempts}), worked on by the same drawing, grading and
 * review code as real attempts ({@link AttemptTransactions}), without storing them or telling the core. Calls on one
 * session's previews run one at a time (two tabs), as a learner's do under their participant lock.
 */
@ApplicationScoped
public class DefaultQuizPreviewService implements QuizPreviewService {

    @Inject
    TrainerScope scope;

    @Inject
    AttemptTransactions tx;

    @Inject
    PreviewAttempts previews;

    @Override
    public Overview overview(String callerId, String courseId, String activityId, Locale locale) {
        QuizContext ctx = context(callerId, courseId, activityId, locale);
        return previews.locked(() -> tx.previewOverview(ctx, previews.of(ctx.activityId()).orElse(null)));
    }

    @Override
    public AttemptView start(String callerId, String courseId, String activityId, Locale locale) {
        QuizContext ctx = context(callerId, courseId, activityId, locale);
        return previews.locked(() -> {
            Attempt current = previews.of(ctx.activityId()).orElse(null);
            if (current != null) {
                AttemptView view = tx.previewView(ctx, current);
                if (current.inProgress()) {
                    return view;
                }
            }
            Attempt fresh = tx.newPreview(ctx);
            previews.put(ctx.activityId(), fresh);
            return tx.previewView(ctx, fresh);
        });
    }

    @Override
    public AttemptView attempt(String callerId, String courseId, String activityId, String attemptId, Locale locale) {
        return withPreview(callerId, courseId, activityId, attemptId, locale, (a, ctx) -> tx.previewView(ctx, a));
    }

    @Override
    public int saveAnswers(String callerId, String courseId, String activityId, String attemptId, int basedOnRevision,
                           JsonObject answers, Locale locale) {
        return withPreview(callerId, courseId, activityId, attemptId, locale,
                (a, ctx) -> tx.previewSave(ctx, a, basedOnRevision, answers));
    }

    @Override
    public CheckedView check(String callerId, String courseId, String activityId, String attemptId, int basedOnRevision,
                             int slot, JsonObject response, Locale locale) {
        return withPreview(callerId, courseId, activityId, attemptId, locale,
                (a, ctx) -> tx.previewCheck(ctx, a, basedOnRevision, slot, response));
    }

    @Override
    public AttemptView submit(String callerId, String courseId, String activityId, String attemptId, Locale locale) {
        return withPreview(callerId, courseId, activityId, attemptId, locale, (a, ctx) -> tx.previewSubmit(ctx, a));
    }

    private <T> T withPreview(String callerId, String courseId, String activityId, String attemptId, Locale locale,
                              java.util.function.BiFunction<Attempt, QuizContext, T> work) {
        QuizContext ctx = context(callerId, courseId, activityId, locale);
        return previews.locked(() -> {
            Attempt a = previews.of(ctx.activityId()).filter(p -> p.id().equals(attemptId))
                    .orElseThrow(() -> new NotFoundException("attempt", attemptId));
            return work.apply(a, ctx);
        });
    }

    /** The quiz as the trainer may see it (their track, published course), with the quiz's own settings. */
    private QuizContext context(String callerId, String courseId, String activityId, Locale locale) {
        var quiz = scope.quiz(callerId, courseId, activityId);
        // A preview is never recorded, so it belongs to no round of an enrolment; 1 keeps its attempt well-formed.
        return new QuizContext(callerId, quiz.course().id(), quiz.activity().id(), quiz.settings(), locale, 1);
    }
}
