package jp.medsec.lms.quiz.application;

import jakarta.json.JsonObject;
import jp.medsec.lms.quiz.application.QuizService.AttemptView;
import jp.medsec.lms.quiz.application.QuizService.Overview;

import java.util.Locale;

/**
 * A trainer tries a quiz as a learner would, without enrolling: questions drawn per the settings, answering with
 * autosave, submitting, then the full review (everything shown, whatever the review options say). For trainers of
 * the course's track (with quiz.results.view or quiz.bank.manage) and administrators; anyone else gets not found.
 * <p>
 * Preview attempts are kept only in the caller's HTTP session and never stored: no report, attempt limit, item
 * analysis, completion or certificate can count them, and they end with the session. Opening and closing times and
 * the attempt limit do not apply; the time limit does.
 */
public interface QuizPreviewService {

    /** The quiz's rules and the session's preview attempt, if any. */
    Overview overview(String callerId, String courseId, String activityId, Locale locale);

    /** Resumes the session's preview in progress, or draws a new one. */
    AttemptView start(String callerId, String courseId, String activityId, Locale locale);

    AttemptView attempt(String callerId, String courseId, String activityId, String attemptId, Locale locale);

    /** Autosave as for a learner: a stale revision is a conflict and changes nothing. */
    int saveAnswers(String callerId, String courseId, String activityId, String attemptId, int basedOnRevision,
                    JsonObject answers, Locale locale);

    /** Immediate feedback in a preview, as {@link QuizService#check} for a learner. */
    QuizService.CheckedView check(String callerId, String courseId, String activityId, String attemptId, int basedOnRevision,
                                  int slot, JsonObject response, Locale locale);

    /** Grades and closes the preview; then everything is shown. */
    AttemptView submit(String callerId, String courseId, String activityId, String attemptId, Locale locale);
}
