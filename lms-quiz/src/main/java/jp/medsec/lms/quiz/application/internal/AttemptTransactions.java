package jp.medsec.lms.quiz.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import jp.medsec.lms.core.domain.model.shared.ConflictException;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException;
import jp.medsec.lms.core.domain.model.shared.NotFoundException;
import jp.medsec.lms.quiz.application.QuizService.AttemptSummary;
import jp.medsec.lms.quiz.application.QuizService.AttemptView;
import jp.medsec.lms.quiz.application.QuizService.CheckedView;
import jp.medsec.lms.quiz.application.QuizService.Overview;
import jp.medsec.lms.quiz.application.QuizService.QuizContext;
import jp.medsec.lms.quiz.application.QuizService.Rules;
import jp.medsec.lms.quiz.application.QuizService.SlotView;
import jp.medsec.lms.quiz.domain.model.attempt.Attempt;
import jp.medsec.lms.quiz.domain.model.attempt.AttemptRepository;
import jp.medsec.lms.quiz.domain.model.bank.BankQuestion;
import jp.medsec.lms.quiz.domain.model.bank.QuestionBankRepository;
import jp.medsec.lms.quiz.domain.model.bank.QuestionVersion;
import jp.medsec.lms.quiz.domain.model.question.Question;
import jp.medsec.lms.quiz.domain.model.quiz.QuizSettings;
import jp.medsec.lms.quiz.domain.model.quiz.ReviewPhase;
import jp.medsec.lms.quiz.domain.model.quiz.Reveal;
import jp.medsec.lms.quiz.questiontype.QuestionTypeRegistry;
import jp.medsec.lms.quiz.spi.GradeResult;
import jp.medsec.lms.quiz.spi.GradeStatus;
import jp.medsec.lms.quiz.spi.InvalidResponseException;
import jp.medsec.lms.quiz.spi.PresentationOptions;
import jp.medsec.lms.quiz.spi.QuestionType;
import jp.medsec.lms.spi.ActivityRecorder;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The quiz's work, one transaction per call. {@link DefaultQuizService} calls these and retries (up to three times in all) when the
 * database refused a change because a parallel request won (a second start, a second submit).
 */
@ApplicationScoped
@Transactional
class AttemptTransactions {

    static final String FINISHED_EVENT = "attempt-finished";
    private static final SecureRandom SEEDS = new SecureRandom();

    @Inject
    AttemptRepository attempts;

    @Inject
    QuestionBankRepository bank;

    @Inject
    QuestionTypeRegistry types;

    @Inject
    ActivityRecorder recorder;

    @Inject
    Clock clock;

    /** This bean through its proxy, for a call that must run in another transaction context. */
    @Inject
    AttemptTransactions self;

    Overview overview(QuizContext ctx) {
        QuizSettings settings = QuizSettings.fromJson(ctx.settings());
        Instant now = clock.instant();
        List<Attempt> mine = closeIfOverdue(ctx, settings, thisRound(ctx, attempts.ofLearner(ctx.activityId(), ctx.learnerId())), now);
        String inProgress = mine.stream().filter(Attempt::inProgress).map(Attempt::id).findFirst().orElse(null);
        String refusal = inProgress != null ? null : refusal(settings, mine, now);
        List<AttemptSummary> summaries = mine.stream().map(a -> summary(a, settings, now)).toList();
        boolean marksShown = mine.stream().anyMatch(a -> !a.inProgress() && reveals(a, settings, now).contains(Reveal.MARKS));
        Double quizPercent = marksShown ? quizPercent(settings, mine) : null;
        return new Overview(rules(settings), summaries, inProgress, inProgress != null || refusal == null, refusal,
                quizPercent, quizPercent == null ? null : quizPercent >= settings.passPercent(), now);
    }

    /** Resumes or starts; a unique-constraint refusal (a parallel start) propagates for the caller to retry. */
    AttemptView start(QuizContext ctx) {
        QuizSettings settings = QuizSettings.fromJson(ctx.settings());
        attempts.lockParticipant(ctx.activityId(), ctx.learnerId());
        Instant now = clock.instant();
        List<Attempt> all = attempts.ofLearner(ctx.activityId(), ctx.learnerId());
        List<Attempt> mine = closeIfOverdue(ctx, settings, thisRound(ctx, all), now);
        closeEarlierRounds(ctx, settings, all, now);
        for (Attempt a : mine) {
            if (a.inProgress()) {
                return view(a, settings, ctx, now);
            }
        }
        String refusal = refusal(settings, mine, now);
        if (refusal != null) {
            throw new ConflictException(refusal, switch (refusal) {
                case "quiz.not-open" -> "The quiz is not open yet";
                case "quiz.closed" -> "The quiz has closed";
                default -> "All allowed attempts have been used";
            });
        }
        JsonArray layout = layout(settings);
        Instant deadline = settings.deadline(now).orElse(null);
        int number = all.stream().mapToInt(Attempt::number).max().orElse(0) + 1;
        Attempt attempt = new Attempt(ctx.courseId(), ctx.activityId(), ctx.learnerId(), ctx.round(), number, layout, now, deadline,
                deadline == null ? null : deadline.plus(settings.grace()));
        attempts.storeNow(attempt);
        return view(attempt, settings, ctx, now);
    }

    AttemptView attempt(QuizContext ctx, String attemptId) {
        QuizSettings settings = QuizSettings.fromJson(ctx.settings());
        Instant now = clock.instant();
        Attempt attempt = mineOr404(ctx, attemptId);
        closeIfOverdue(ctx, settings, List.of(attempt), now);
        return view(attempt, settings, ctx, now);
    }

    // Time up: the attempt is closed with what was saved before, and that must commit although the save is refused.
    @Transactional(dontRollbackOn = ConflictException.class)
    int saveAnswers(QuizContext ctx, String attemptId, int basedOn, JsonObject answers) {
        QuizSettings settings = QuizSettings.fromJson(ctx.settings());
        Instant now = clock.instant();
        Attempt attempt = mineOr404(ctx, attemptId);
        requireValidAnswers(attempt, answers);
        if (attempt.isOverdue(now)) {
            finish(ctx.learnerId(), attempt, settings, now, ctx.round());
            throw new ConflictException("quiz.time-up", "The time for this attempt is over; the answers saved before were submitted");
        }
        return attempt.saveAnswers(answers, basedOn, now);
    }

    /** Every answer must name a slot of the attempt and have the shape its question's type takes. */
    private void requireValidAnswers(Attempt attempt, JsonObject answers) {
        Map<String, JsonObject> slots = slots(attempt);
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        answers.forEach((slot, response) -> {
            JsonObject s = slots.get(slot);
            if (s == null || !(response instanceof JsonObject r)) {
                problems.add(new InvalidInputException.FieldProblem("answers." + slot, "quiz.no-such-question"));
                return;
            }
            Question q = question(s.getString("version"));
            try {
                types.require(q.typeId()).grade(q.definition(), r);
            } catch (InvalidResponseException e) {
                problems.add(new InvalidInputException.FieldProblem("answers." + slot, "quiz.response-invalid"));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException("quiz.response-invalid", "Some answers are not in the form their question takes", problems);
        }
    }

    /**
     * Grades and finishes; an attempt already finished (by a parallel submit or the timer) is shown as it is. The
     * context is read here, inside the transaction, so that a submission is one transaction, its reads included.
     */
    AttemptView submit(Supplier<QuizContext> context, String attemptId) {
        QuizContext ctx = context.get();
        QuizSettings settings = QuizSettings.fromJson(ctx.settings());
        Instant now = clock.instant();
        // The lock first, then the attempt: a parallel submit (a double click) waits here instead of holding a read
        // lock on the attempt that the other one needs (Derby keeps read locks until commit and would deadlock).
        attempts.lockParticipant(ctx.activityId(), ctx.learnerId());
        Attempt attempt = mineOr404(ctx, attemptId);
        if (attempt.inProgress()) {
            finish(ctx.learnerId(), attempt, settings, now, ctx.round());
            attempts.flush();
        }
        return view(attempt, settings, ctx, now);
    }

    /** Closes one overdue attempt (the scheduled job's unit of work); false if it was closed meanwhile. */
    boolean closeOverdue(String attemptId) {
        Attempt attempt = attempts.find(attemptId).orElse(null);
        Instant now = clock.instant();
        if (attempt == null || !attempt.isOverdue(now)) {
            return false;
        }
        attempts.lockParticipant(attempt.activityId(), attempt.learnerId());
        attempts.refresh(attempt);
        if (!attempt.isOverdue(now)) {
            return false;
        }
        JsonObject json = recorder.settingsOf(attempt.courseId(), attempt.activityId()).orElse(null);
        if (json == null) {
            return false;
        }
        finish(attempt.learnerId(), attempt, QuizSettings.fromJson(json), now,
                recorder.round(attempt.learnerId(), attempt.courseId()));
        attempts.flush();
        return true;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    List<String> overdueIds(int limit) {
        return attempts.overdue(clock.instant(), limit).stream().map(Attempt::id).toList();
    }

    /** The learner's attempts in their current round of the course; earlier rounds' attempts count for nothing now. */
    private static List<Attempt> thisRound(QuizContext ctx, List<Attempt> all) {
        return all.stream().filter(a -> a.round() == ctx.round()).toList();
    }

    /**
     * An attempt left open in an earlier round would block a new one (one attempt in progress per learner and quiz):
     * it is submitted with what was saved, as when time runs out.
     */
    private void closeEarlierRounds(QuizContext ctx, QuizSettings settings, List<Attempt> all, Instant now) {
        for (Attempt a : all) {
            if (a.inProgress() && a.round() < ctx.round()) {
                finish(ctx.learnerId(), a, settings, now, ctx.round());
                attempts.flush();
            }
        }
    }

    private List<Attempt> closeIfOverdue(QuizContext ctx, QuizSettings settings, List<Attempt> list, Instant now) {
        for (Attempt a : list) {
            if (a.isOverdue(now)) {
                finish(ctx.learnerId(), a, settings, now, ctx.round());
            }
        }
        return list;
    }

    private String refusal(QuizSettings settings, List<Attempt> mine, Instant now) {
        if (settings.opensAt() != null && now.isBefore(settings.opensAt())) {
            return "quiz.not-open";
        }
        if (!settings.isOpen(now)) {
            return "quiz.closed";
        }
        if (settings.attempts() > 0 && mine.size() >= settings.attempts()) {
            return "quiz.no-attempts-left";
        }
        return null;
    }

    /**
     * Draws the questions, in the order of the draws: a chosen question as it is, each random draw's count at random
     * from its category or tag, never a question twice (chosen questions are kept out of the random draws).
     */
    private JsonArray layout(QuizSettings settings) {
        Random random = new Random(SEEDS.nextLong());
        Set<String> fixed = settings.draws().stream().filter(QuizSettings.Draw::fixed).map(QuizSettings.Draw::question)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> chosen = new LinkedHashSet<>();
        for (QuizSettings.Draw draw : settings.draws()) {
            if (draw.fixed()) {
                if (bank.find(draw.question()).isEmpty()) {
                    throw new ConflictException("quiz.question-missing", "The question " + draw.question()
                            + " chosen for this quiz is not in the question bank; ask the trainer to choose another");
                }
                chosen.add(draw.question());
                continue;
            }
            List<String> candidates = new ArrayList<>(bank.search(draw.category(), draw.tag()).stream()
                    .map(BankQuestion::id).filter(id -> !chosen.contains(id) && !fixed.contains(id)).toList());
            if (candidates.isEmpty() || candidates.size() < draw.count()) {
                throw new ConflictException("quiz.not-enough-questions", "The question bank has " + candidates.size()
                        + " question(s) for " + draw + "; ask the trainer to add questions");
            }
            Collections.shuffle(candidates, random);
            chosen.addAll(draw.count() == 0 ? candidates : candidates.subList(0, draw.count()));
        }
        Map<String, QuestionVersion> latest = bank.latestVersions(chosen).stream()
                .collect(Collectors.toMap(QuestionVersion::questionId, Function.identity()));
        List<String> order = new ArrayList<>(chosen);
        if (settings.shuffleQuestions()) {
            Collections.shuffle(order, random);
        }
        JsonArrayBuilder slots = Json.createArrayBuilder();
        int slot = 1;
        for (String questionId : order) {
            QuestionVersion v = latest.get(questionId);
            slots.add(Json.createObjectBuilder().add("slot", slot++).add("question", questionId).add("version", v.id())
                    .add("seed", settings.shuffleChoices() ? random.nextLong() : 0L).add("mark", v.question().defaultMark()));
        }
        return slots.build();
    }

    /** {@code currentRound}: the learner's round of the course now, which may be later than the attempt's. */
    private void finish(String learnerId, Attempt attempt, QuizSettings settings, Instant now, int currentRound) {
        close(attempt, settings, now);
        recordFinished(learnerId, attempt, settings, currentRound);
    }

    /** Grades the saved answers and closes the attempt (nothing told to the core). */
    private void close(Attempt attempt, QuizSettings settings, Instant now) {
        Graded graded = grade(attempt.layout(), attempt.answers(), null);
        attempt.finish(graded.results(), graded.marks(), graded.max(), graded.manual(), settings.passPercent(), now);
    }

    /**
     * Tells the core the attempt's outcome, so it decides the activity's completion from all of this round's
     * attempts. An attempt of a round that is over (the learner re-took the course meanwhile) is graded and kept,
     * but decides nothing: that round's completion is already archived.
     */
    private void recordFinished(String learnerId, Attempt attempt, QuizSettings settings, int currentRound) {
        if (attempt.round() != currentRound) {
            return;
        }
        List<Attempt> all = attempts.ofLearner(attempt.activityId(), learnerId).stream()
                .filter(a -> a.round() == attempt.round()).toList();
        Double quizPercent = quizPercent(settings, all);
        recorder.recordServerEvent(learnerId, attempt.courseId(), attempt.activityId(), FINISHED_EVENT,
                Json.createObjectBuilder().add("attempt", attempt.id()).add("number", attempt.number())
                        .add("percent", attempt.percent().orElse(0.0)).add("passed", attempt.passed())
                        .add("quizPercent", quizPercent == null ? 0 : quizPercent)
                        .add("quizPassed", quizPercent != null && quizPercent >= settings.passPercent())
                        .add("attemptsUsed", all.size()).add("attemptsAllowed", settings.attempts()).build());
    }

    /** An attempt's grade: per-slot results, marks earned and available, and whether an essay awaits a grader. */
    private record Graded(JsonObject results, double marks, double max, boolean manual) {
    }

    /**
     * Grades every slot of a layout against the saved answers. {@code kept}: earlier results whose manual grades
     * (essays) a regrade must not undo; null for a first grading.
     */
    private Graded grade(JsonArray layout, JsonObject answers, JsonObject kept) {
        JsonObjectBuilder results = Json.createObjectBuilder();
        double marks = 0;
        double max = 0;
        boolean manual = false;
        for (JsonValue value : layout) {
            JsonObject slot = (JsonObject) value;
            String key = String.valueOf(slot.getInt("slot"));
            double mark = slot.getJsonNumber("mark").doubleValue();
            Question q = question(slot.getString("version"));
            JsonObject response = answers.get(key) instanceof JsonObject r ? r : JsonValue.EMPTY_JSON_OBJECT;
            GradeResult result;
            try {
                result = types.require(q.typeId()).grade(q.definition(), response);
            } catch (InvalidResponseException e) {
                result = GradeResult.graded(0, List.of());
            }
            if (result.status() == GradeStatus.NEEDS_MANUAL_GRADING && kept != null && kept.get(key) instanceof JsonObject before
                    && !GradeStatus.NEEDS_MANUAL_GRADING.name().equals(before.getString("status", ""))) {
                results.add(key, before);
                marks += before.getJsonNumber("marks").doubleValue();
                max += mark;
                continue;
            }
            JsonObject stored = stored(result, mark);
            results.add(key, stored);
            manual |= result.status() == GradeStatus.NEEDS_MANUAL_GRADING;
            marks += stored.getJsonNumber("marks").doubleValue();
            max += mark;
        }
        return new Graded(results.build(), marks, max, manual);
    }

    /** The learner of an attempt, read in no transaction so that no lock outlives the read. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    Optional<String> learnerOf(String attemptId) {
        return attempts.find(attemptId).map(Attempt::learnerId);
    }

    /** The longest comment a trainer may give on one graded answer. */
    static final int MAX_COMMENT = 4000;

    /**
     * A trainer's mark and comment for one question of a finished attempt that its type does not grade (an essay).
     * The learner's lock is taken first, as submissions do; the grade is refused when the attempt changed since the
     * trainer's page read it ({@code expectedVersion}). When no question waits for a grader any more, the attempt's
     * score and pass are final and the core re-decides completion with the quiz grade, in this transaction.
     */
    Attempt gradeManually(String activityId, QuizSettings settings, String attemptId, int slotNumber, long expectedVersion,
                          double mark, String comment, String graderId) {
        // Whose attempt it is, read outside this transaction (through the proxy): Derby keeps read locks until commit,
        // and a read lock on the attempt held while waiting for the participant lock would deadlock two graders.
        String learnerId = self.learnerOf(attemptId).orElseThrow(() -> new NotFoundException("attempt", attemptId));
        attempts.lockParticipant(activityId, learnerId);
        Attempt attempt = attempts.find(attemptId).filter(a -> a.activityId().equals(activityId) && a.learnerId().equals(learnerId))
                .orElseThrow(() -> new NotFoundException("attempt", attemptId));
        attempts.refresh(attempt); // as it is now, not as a cache last saw it
        if (attempt.inProgress()) {
            throw new ConflictException("quiz.attempt-in-progress", "The attempt is still in progress; grade it once it is submitted");
        }
        String key = String.valueOf(slotNumber);
        JsonObject slot = slots(attempt).get(key);
        if (slot == null) {
            throw new NotFoundException("quiz-slot", key);
        }
        Question q = question(slot.getString("version"));
        if (types.require(q.typeId()).gradesAutomatically()) {
            throw new InvalidInputException("quiz.grade-not-manual", "This question is graded automatically",
                    List.of(new InvalidInputException.FieldProblem("slot", "quiz.grade-not-manual")));
        }
        double max = slot.getJsonNumber("mark").doubleValue();
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        if (!Double.isFinite(mark) || mark < 0 || mark > max) {
            problems.add(new InvalidInputException.FieldProblem("mark", "quiz.grade-mark"));
        }
        if (comment != null && comment.length() > MAX_COMMENT) {
            problems.add(new InvalidInputException.FieldProblem("comment", "quiz.grade-comment"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("quiz.grade-invalid", "The mark must be from 0 to " + max
                    + " and the comment at most " + MAX_COMMENT + " characters", problems);
        }
        JsonObject before = attempt.results().orElse(JsonValue.EMPTY_JSON_OBJECT);
        JsonObject previous = before.get(key) instanceof JsonObject r ? r : JsonValue.EMPTY_JSON_OBJECT;
        JsonObjectBuilder graded = Json.createObjectBuilder().add("status", GradeStatus.GRADED.name())
                .add("fraction", max == 0 ? 0 : mark / max).add("marks", mark)
                .add("feedback", previous.get("feedback") instanceof JsonArray f ? f : JsonValue.EMPTY_JSON_ARRAY)
                .add("manual", true).add("gradedBy", graderId).add("gradedAt", clock.instant().toString());
        if (comment != null && !comment.isBlank()) {
            graded.add("comment", comment.strip());
        }
        JsonObject results = Json.createObjectBuilder(before).add(key, graded).build();
        double marks = 0;
        double available = 0;
        boolean manual = false;
        for (JsonValue value : attempt.layout()) {
            JsonObject s = (JsonObject) value;
            JsonObject r = results.get(String.valueOf(s.getInt("slot"))) instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
            available += s.getJsonNumber("mark").doubleValue();
            marks += r.get("marks") instanceof jakarta.json.JsonNumber n ? n.doubleValue() : 0;
            manual |= GradeStatus.NEEDS_MANUAL_GRADING.name().equals(r.getString("status", ""));
        }
        attempt.gradeManually(expectedVersion, results, marks, available, manual, settings.passPercent());
        attempts.flush();
        if (!manual) {
            recordFinished(attempt.learnerId(), attempt, settings, recorder.round(attempt.learnerId(), attempt.courseId()));
        }
        return attempt;
    }

    /** A type's grade of one question as the attempt stores it: status, fraction, marks earned of {@code mark}, feedback. */
    private static JsonObject stored(GradeResult result, double mark) {
        JsonArrayBuilder feedback = Json.createArrayBuilder();
        result.feedback().forEach(f -> feedback.add(f.toJson()));
        double earned = result.status() == GradeStatus.GRADED ? result.marks(mark) : 0;
        return Json.createObjectBuilder().add("status", result.status().name()).add("fraction", result.fraction())
                .add("marks", earned).add("feedback", feedback).build();
    }

    // Immediate feedback: checking one question during the attempt. Like saving, it takes no lock: the answers'
    // revision (optimistic) decides between two pages. Time up: the attempt is closed with what was saved before.
    @Transactional(dontRollbackOn = ConflictException.class)
    CheckedView check(QuizContext ctx, String attemptId, int basedOn, int slotNumber, JsonObject response) {
        QuizSettings settings = QuizSettings.fromJson(ctx.settings());
        Attempt attempt = mineOr404(ctx, attemptId);
        return check(ctx, settings, attempt, basedOn, slotNumber, response, a -> finish(ctx.learnerId(), a, settings, clock.instant(), ctx.round()));
    }

    @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = ConflictException.class)
    CheckedView previewCheck(QuizContext ctx, Attempt preview, int basedOn, int slotNumber, JsonObject response) {
        QuizSettings settings = QuizSettings.fromJson(ctx.settings());
        return check(ctx, settings, preview, basedOn, slotNumber, response, a -> close(a, settings, clock.instant()));
    }

    private CheckedView check(QuizContext ctx, QuizSettings settings, Attempt attempt, int basedOn, int slotNumber,
                              JsonObject response, java.util.function.Consumer<Attempt> closeOverdue) {
        if (settings.feedback() != QuizSettings.Feedback.IMMEDIATE) {
            throw new ConflictException("quiz.check-not-allowed", "This quiz gives feedback when the attempt is submitted");
        }
        String key = String.valueOf(slotNumber);
        JsonObject slot = slots(attempt).get(key);
        if (slot == null) {
            throw new InvalidInputException("quiz.no-such-question", "The attempt has no question " + key,
                    List.of(new InvalidInputException.FieldProblem("slot", "quiz.no-such-question")));
        }
        Question q = question(slot.getString("version"));
        QuestionType type = types.require(q.typeId());
        if (!type.gradesAutomatically()) {
            throw new InvalidInputException("quiz.check-manual", "A trainer grades this question after the attempt",
                    List.of(new InvalidInputException.FieldProblem("slot", "quiz.check-manual")));
        }
        requireValidAnswers(attempt, Json.createObjectBuilder().add(key, response).build());
        Instant now = clock.instant();
        if (attempt.isOverdue(now)) {
            closeOverdue.accept(attempt);
            throw new ConflictException("quiz.time-up", "The time for this attempt is over; the answers saved before were submitted");
        }
        JsonObject result = stored(type.grade(q.definition(), response), slot.getJsonNumber("mark").doubleValue());
        int revision = attempt.check(key, response, result, basedOn, now);
        SlotView view = view(attempt, settings, ctx, now).questions().stream().filter(v -> v.slot() == slotNumber)
                .findFirst().orElseThrow();
        return new CheckedView(revision, view);
    }

    /** One finished attempt whose grade a regrade changes (or would change). */
    record Regraded(String attemptId, String learnerId, int number, double percentBefore, double percentAfter,
                    boolean passedBefore, boolean passedAfter) {
    }

    /**
     * Grades the finished attempts of a quiz again with the latest version of each question they drew (a trainer
     * corrected a key). Attempts whose grade changes are listed; unless {@code dryRun}, they are updated (their
     * questions now point at the latest versions) and the core re-decides completion. In progress attempts are left
     * alone: they will be graded with the versions they show.
     */
    List<Regraded> regrade(String activityId, QuizSettings settings, boolean dryRun) {
        List<Regraded> changed = new ArrayList<>();
        for (Attempt attempt : attempts.ofActivity(activityId)) {
            if (attempt.inProgress()) {
                continue;
            }
            JsonArray latest = latestLayout(attempt.layout());
            if (latest.equals(attempt.layout())) {
                continue;
            }
            Graded graded = grade(latest, attempt.answers(), attempt.results().orElse(JsonValue.EMPTY_JSON_OBJECT));
            double before = attempt.percent().orElse(0.0);
            boolean passedBefore = attempt.passed();
            if (!dryRun) {
                attempt.regrade(latest, graded.results(), graded.marks(), graded.max(), graded.manual(), settings.passPercent());
            }
            double after = graded.max() == 0 ? 0 : Math.round(graded.marks() / graded.max() * 10000) / 100.0;
            boolean passedAfter = !graded.manual() && after >= settings.passPercent();
            if (after != before || passedAfter != passedBefore) {
                changed.add(new Regraded(attempt.id(), attempt.learnerId(), attempt.number(), before, after, passedBefore, passedAfter));
                if (!dryRun) {
                    recordFinished(attempt.learnerId(), attempt, settings, recorder.round(attempt.learnerId(), attempt.courseId()));
                }
            }
        }
        return changed;
    }

    /** The layout with each slot's version replaced by its question's latest version. */
    private JsonArray latestLayout(JsonArray layout) {
        List<String> questionIds = layout.stream().map(v -> ((JsonObject) v).getString("question")).distinct().toList();
        Map<String, String> latest = new HashMap<>();
        bank.latestVersions(questionIds).forEach(v -> latest.put(v.questionId(), v.id()));
        JsonArrayBuilder b = Json.createArrayBuilder();
        for (JsonValue v : layout) {
            JsonObject slot = (JsonObject) v;
            String version = latest.getOrDefault(slot.getString("question"), slot.getString("version"));
            b.add(Json.createObjectBuilder(slot).add("version", version));
        }
        return b.build();
    }

    // ---- Preview: attempts that live only in the trainer's session (DefaultQuizPreviewService keeps them) -------
    // They are never stored, so no report, attempt limit, item analysis, completion or certificate can see them.
    // Nothing here is recorded with the core.

    /** A new preview attempt: questions drawn as for a learner; the time limit applies, opening and closing do not. */
    @Transactional(Transactional.TxType.SUPPORTS)
    Attempt newPreview(QuizContext ctx) {
        QuizSettings settings = QuizSettings.fromJson(ctx.settings());
        Instant now = clock.instant();
        Instant deadline = settings.timeLimit() == null ? null : now.plus(settings.timeLimit());
        return new Attempt(ctx.courseId(), ctx.activityId(), ctx.learnerId(), ctx.round(), 1, layout(settings), now, deadline,
                deadline == null ? null : deadline.plus(settings.grace()));
    }

    /** The quiz's rules and, if any, the session's preview attempt (in progress or finished). */
    @Transactional(Transactional.TxType.SUPPORTS)
    Overview previewOverview(QuizContext ctx, Attempt preview) {
        QuizSettings settings = QuizSettings.fromJson(ctx.settings());
        Instant now = clock.instant();
        if (preview != null && preview.isOverdue(now)) {
            close(preview, settings, now);
        }
        String inProgress = preview != null && preview.inProgress() ? preview.id() : null;
        List<AttemptSummary> summaries = preview == null || preview.inProgress() ? List.of()
                : List.of(new AttemptSummary(preview.id(), preview.number(), preview.state().name(), preview.startedAt(),
                preview.finishedAt().orElse(null), preview.percent().orElse(null),
                preview.needsGrading() ? null : preview.passed(), preview.needsGrading()));
        return new Overview(rules(settings), summaries, inProgress, true, null, null, null, now);
    }

    /** A preview attempt as the learner would see it while answering, and with everything once finished. */
    @Transactional(Transactional.TxType.SUPPORTS)
    AttemptView previewView(QuizContext ctx, Attempt preview) {
        QuizSettings settings = QuizSettings.fromJson(ctx.settings());
        Instant now = clock.instant();
        if (preview.isOverdue(now)) {
            close(preview, settings, now);
        }
        return view(preview, settings, ctx, now, preview.inProgress() ? reveals(preview, settings, now) : EnumSet.allOf(Reveal.class));
    }

    @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = ConflictException.class)
    int previewSave(QuizContext ctx, Attempt preview, int basedOn, JsonObject answers) {
        requireValidAnswers(preview, answers);
        Instant now = clock.instant();
        if (preview.isOverdue(now)) {
            close(preview, QuizSettings.fromJson(ctx.settings()), now);
            throw new ConflictException("quiz.time-up", "The time for this attempt is over; the answers saved before were submitted");
        }
        return preview.saveAnswers(answers, basedOn, now);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    AttemptView previewSubmit(QuizContext ctx, Attempt preview) {
        if (preview.inProgress()) {
            close(preview, QuizSettings.fromJson(ctx.settings()), clock.instant());
        }
        return previewView(ctx, preview);
    }

    /** The quiz grade by the grading method over finished, fully graded attempts (oldest first). */
    private static Double quizPercent(QuizSettings settings, List<Attempt> all) {
        var percents = all.stream().filter(a -> !a.inProgress() && !a.needsGrading())
                .map(a -> a.percent().orElse(0.0)).toList();
        var grade = settings.grading().aggregate(percents);
        return grade.isPresent() ? Math.round(grade.getAsDouble() * 100) / 100.0 : null;
    }

    private Rules rules(QuizSettings s) {
        int count = s.draws().stream().mapToInt(d -> d.count() == 0 ? bank.search(d.category(), d.tag()).size() : d.count()).sum();
        return new Rules(count, s.timeLimit() == null ? null : (int) s.timeLimit().toMinutes(), s.attempts(),
                s.grading().jsonName(), s.passPercent(), s.opensAt(), s.closesAt(), s.perPage());
    }

    private Set<Reveal> reveals(Attempt a, QuizSettings settings, Instant now) {
        return settings.reveals(ReviewPhase.of(a.finishedAt().orElse(null), settings.closesAt(), now));
    }

    private AttemptSummary summary(Attempt a, QuizSettings settings, Instant now) {
        boolean marks = !a.inProgress() && reveals(a, settings, now).contains(Reveal.MARKS);
        return new AttemptSummary(a.id(), a.number(), a.state().name(), a.startedAt(), a.finishedAt().orElse(null),
                marks ? a.percent().orElse(null) : null, marks && !a.needsGrading() ? a.passed() : null, a.needsGrading());
    }

    private AttemptView view(Attempt a, QuizSettings settings, QuizContext ctx, Instant now) {
        return view(a, settings, ctx, now, reveals(a, settings, now));
    }

    private AttemptView view(Attempt a, QuizSettings settings, QuizContext ctx, Instant now, Set<Reveal> reveals) {
        boolean finished = !a.inProgress();
        JsonObject answers = a.answers();
        // In progress, only checked questions (immediate feedback) have a result to show.
        JsonObject checked = a.checkedResults();
        JsonObject results = finished ? a.results().orElse(JsonValue.EMPTY_JSON_OBJECT) : checked;
        List<SlotView> slots = new ArrayList<>();
        for (JsonValue value : a.layout()) {
            JsonObject slot = (JsonObject) value;
            String key = String.valueOf(slot.getInt("slot"));
            Question q = question(slot.getString("version"));
            QuestionType type = types.require(q.typeId());
            JsonObject presentation = (JsonObject) QuizText.rendered(
                    type.presentation(q.definition(), new PresentationOptions(slot.getJsonNumber("seed").longValue())));
            JsonObject response = answers.get(key) instanceof JsonObject r ? r : null;
            JsonObject result = results.get(key) instanceof JsonObject r ? r : null;
            boolean show = result != null;
            boolean awaiting = show && GradeStatus.NEEDS_MANUAL_GRADING.name().equals(result.getString("status", ""));
            String correctness = show && reveals.contains(Reveal.CORRECTNESS) ? correctness(result) : null;
            List<String> feedback = null;
            if (show && reveals.contains(Reveal.FEEDBACK)) {
                feedback = new ArrayList<>();
                for (JsonValue f : result.getJsonArray("feedback")) {
                    feedback.add(QuizText.html((JsonObject) f));
                }
                if (!q.generalFeedback().isBlank()) {
                    feedback.add(QuizText.html(q.generalFeedback()));
                }
            }
            slots.add(new SlotView(slot.getInt("slot"), q.typeId(), QuizText.html(q.text()),
                    finished && !reveals.contains(Reveal.MARKS) ? null : slot.getJsonNumber("mark").doubleValue(),
                    presentation, !finished || reveals.contains(Reveal.RESPONSES) ? response : null, correctness,
                    show && !awaiting && reveals.contains(Reveal.MARKS) ? result.getJsonNumber("marks").doubleValue() : null,
                    show && reveals.contains(Reveal.RIGHT_ANSWER) ? type.rightAnswer(q.definition(), ctx.locale()).orElse(null) : null,
                    feedback, awaiting ? Boolean.TRUE : null,
                    show && reveals.contains(Reveal.FEEDBACK) ? result.getString("comment", null) : null,
                    checked.containsKey(key) ? Boolean.TRUE : null));
        }
        boolean marks = finished && reveals.contains(Reveal.MARKS);
        return new AttemptView(a.id(), a.number(), a.state().name(), a.startedAt(), a.deadline().orElse(null), now,
                a.answersRevision(), settings.perPage(), reveals.stream().map(Reveal::jsonName).sorted().toList(), slots,
                marks ? a.marks().orElse(null) : null, marks ? a.maxMarks().orElse(null) : null,
                marks ? a.percent().orElse(null) : null, marks && !a.needsGrading() ? a.passed() : null, a.needsGrading(),
                settings.feedback().jsonName());
    }

    private static String correctness(JsonObject result) {
        if (GradeStatus.NEEDS_MANUAL_GRADING.name().equals(result.getString("status"))) {
            return "needs-grading";
        }
        double f = result.getJsonNumber("fraction").doubleValue();
        return f >= 0.9999 ? "correct" : f > 0 ? "partial" : "wrong";
    }

    private Attempt mineOr404(QuizContext ctx, String attemptId) {
        return attempts.find(attemptId).filter(a -> a.learnerId().equals(ctx.learnerId())
                && a.activityId().equals(ctx.activityId())).orElseThrow(() -> new NotFoundException("attempt", attemptId));
    }

    private final Map<String, Question> versions = new java.util.concurrent.ConcurrentHashMap<>();

    /** The question as a version stored it; versions never change, so they are kept in memory once read. */
    private Question question(String versionId) {
        Question cached = versions.get(versionId);
        if (cached != null) {
            return cached;
        }
        Question q = bank.findVersion(versionId).orElseThrow(() -> new IllegalStateException(
                "Question version " + versionId + " is missing")).question();
        if (versions.size() < 10_000) {
            versions.put(versionId, q);
        }
        return q;
    }

    private static Map<String, JsonObject> slots(Attempt attempt) {
        Map<String, JsonObject> map = new HashMap<>();
        attempt.layout().forEach(v -> map.put(String.valueOf(((JsonObject) v).getInt("slot")), (JsonObject) v));
        return map;
    }
}
