package jp.medsec.lms.quiz.application;

import jakarta.json.JsonObject;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Taking a quiz. Every method acts for {@code context.learnerId()}, who the caller has checked is enrolled in the
 * course; attempts of anyone else answer as not found. The guarantees under parallel requests (one attempt in
 * progress, one graded result per submission, never more attempts than allowed) hold in the database.
 */
public interface QuizService {

    /** The learner, the quiz activity and its settings (already checked to belong to a course they are enrolled in). */
    /** Who takes which quiz, with its (possibly overridden) settings, in which round (受講回) of the course. */
    record QuizContext(String learnerId, String courseId, String activityId, JsonObject settings, Locale locale, int round) {

        public QuizContext withSettings(JsonObject changed) {
            return new QuizContext(learnerId, courseId, activityId, changed, locale, round);
        }
    }

    /** The quiz page before starting: rules, the learner's attempts, and whether a new attempt may start. */
    Overview overview(QuizContext context);

    /** Resumes the attempt in progress, or starts a new one when the rules allow. */
    AttemptView start(QuizContext context);

    /** One of the learner's attempts, showing what the review settings allow now. */
    AttemptView attempt(QuizContext context, String attemptId);

    /**
     * Saves the answers given so far (a map from slot number to the type's response), based on the revision the
     * page last saw; a stale page gets a conflict and changes nothing. Returns the new revision.
     */
    int saveAnswers(QuizContext context, String attemptId, int basedOnRevision, JsonObject answers);

    /**
     * Grades and closes the attempt; submitting again returns the same result. The context is read inside the
     * submission's one database transaction (again if the transaction has to be repeated after losing a race), so
     * that a submission is exactly one transaction, its reads included.
     */
    AttemptView submit(Supplier<QuizContext> context, String attemptId);

    /**
     * Immediate feedback: grades one question with the given response (based on the revision the page last saw, as
     * saving is), locks its answer, and returns it with what review shows during the attempt. Refused for a quiz with
     * deferred feedback, for a question graded by hand (an essay), and for a question already checked.
     */
    CheckedView check(QuizContext context, String attemptId, int basedOnRevision, int slot, JsonObject response);

    /** Closes attempts whose time ran out, grading the answers saved so far; returns how many. */
    int closeOverdue(int limit);

    record Overview(Rules rules, List<AttemptSummary> attempts, String attemptInProgress, boolean canStart,
                    String cannotStartReason, Double quizPercent, Boolean passed, Instant serverNow) {
    }

    /** What a learner should know before starting. */
    record Rules(int questions, Integer timeLimitMinutes, int attemptsAllowed, String grading, double passPercent,
                 Instant opensAt, Instant closesAt, int questionsPerPage) {
    }

    /** {@code percent} and {@code passed} are null unless review shows marks now. */
    record AttemptSummary(String id, int number, String state, Instant startedAt, Instant finishedAt, Double percent,
                          Boolean passed, boolean needsGrading) {
    }

    /**
     * An attempt as the learner may see it now. {@code reveals} lists what review shows in this phase; fields it
     * does not allow are null. Texts are safe HTML ({@code {"html": ...}}).
     */
    record AttemptView(String id, int number, String state, Instant startedAt, Instant deadline, Instant serverNow,
                       int revision, int questionsPerPage, List<String> reveals, List<SlotView> questions,
                       Double marks, Double maxMarks, Double percent, Boolean passed, boolean needsGrading,
                       String feedback) {
    }

    /** A checked question and the answers' new revision. */
    record CheckedView(int revision, SlotView question) {
    }

    /**
     * One question of the attempt. {@code awaitingGrading}: true once submitted while a trainer has still to grade it
     * (an essay); {@code comment}: the trainer's comment on it (plain text), when review shows feedback;
     * {@code checked}: true once checked during the attempt (immediate feedback), its answer then final.
     */
    record SlotView(int slot, String type, String text, Double mark, JsonObject presentation, JsonObject response,
                    String correctness, Double marks, String rightAnswer, List<String> feedback, Boolean awaitingGrading,
                    String comment, Boolean checked) {
    }
}
