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
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
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

    Overview overview(QuizContext ctx) {
        QuizSettings settings = QuizSettings.fromJson(ctx.settings());
        Instant now = clock.instant();
        List<Attempt> mine = closeIfOverdue(ctx, settings, attempts.ofLearner(ctx.activityId(), ctx.learnerId()), now);
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
        List<Attempt> mine = closeIfOverdue(ctx, settings, attempts.ofLearner(ctx.activityId(), ctx.learnerId()), now);
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
        int number = mine.stream().mapToInt(Attempt::number).max().orElse(0) + 1;
        Attempt attempt = new Attempt(ctx.courseId(), ctx.activityId(), ctx.learnerId(), number, layout, now, deadline,
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
        if (attempt.isOverdue(now)) {
            finish(ctx.learnerId(), attempt, settings, now);
            throw new ConflictException("quiz.time-up", "The time for this attempt is over; the answers saved before were submitted");
        }
        return attempt.saveAnswers(answers, basedOn, now);
    }

    /** Grades and finishes; an attempt already finished (by a parallel submit or the timer) is shown as it is. */
    AttemptView submit(QuizContext ctx, String attemptId) {
        QuizSettings settings = QuizSettings.fromJson(ctx.settings());
        Instant now = clock.instant();
        // The lock first, then the attempt: a parallel submit (a double click) waits here instead of holding a read
        // lock on the attempt that the other one needs (Derby keeps read locks until commit and would deadlock).
        attempts.lockParticipant(ctx.activityId(), ctx.learnerId());
        Attempt attempt = mineOr404(ctx, attemptId);
        if (attempt.inProgress()) {
            finish(ctx.learnerId(), attempt, settings, now);
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
        finish(attempt.learnerId(), attempt, QuizSettings.fromJson(json), now);
        attempts.flush();
        return true;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    List<String> overdueIds(int limit) {
        return attempts.overdue(clock.instant(), limit).stream().map(Attempt::id).toList();
    }

    private List<Attempt> closeIfOverdue(QuizContext ctx, QuizSettings settings, List<Attempt> list, Instant now) {
        for (Attempt a : list) {
            if (a.isOverdue(now)) {
                finish(ctx.learnerId(), a, settings, now);
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

    /** Draws the questions: each draw's count at random from its category or tag, no question twice. */
    private JsonArray layout(QuizSettings settings) {
        Random random = new Random(SEEDS.nextLong());
        Set<String> chosen = new LinkedHashSet<>();
        for (QuizSettings.Draw draw : settings.draws()) {
            List<String> candidates = new ArrayList<>(bank.search(draw.category(), draw.tag()).stream()
                    .map(BankQuestion::id).filter(id -> !chosen.contains(id)).toList());
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

    private void finish(String learnerId, Attempt attempt, QuizSettings settings, Instant now) {
        JsonObject answers = attempt.answers();
        JsonObjectBuilder results = Json.createObjectBuilder();
        double marks = 0;
        double max = 0;
        boolean manual = false;
        for (JsonValue value : attempt.layout()) {
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
            JsonArrayBuilder feedback = Json.createArrayBuilder();
            result.feedback().forEach(f -> feedback.add(f.toJson()));
            double earned = result.status() == GradeStatus.GRADED ? result.marks(mark) : 0;
            results.add(key, Json.createObjectBuilder().add("status", result.status().name()).add("fraction", result.fraction())
                    .add("marks", earned).add("feedback", feedback));
            manual |= result.status() == GradeStatus.NEEDS_MANUAL_GRADING;
            marks += earned;
            max += mark;
        }
        attempt.finish(results.build(), marks, max, manual, settings.passPercent(), now);
        List<Attempt> all = attempts.ofLearner(attempt.activityId(), learnerId);
        Double quizPercent = quizPercent(settings, all);
        recorder.recordServerEvent(learnerId, attempt.courseId(), attempt.activityId(), FINISHED_EVENT,
                Json.createObjectBuilder().add("attempt", attempt.id()).add("number", attempt.number())
                        .add("percent", attempt.percent().orElse(0.0)).add("passed", attempt.passed())
                        .add("quizPercent", quizPercent == null ? 0 : quizPercent)
                        .add("quizPassed", quizPercent != null && quizPercent >= settings.passPercent())
                        .add("attemptsUsed", all.size()).add("attemptsAllowed", settings.attempts()).build());
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
        Set<Reveal> reveals = reveals(a, settings, now);
        boolean finished = !a.inProgress();
        JsonObject answers = a.answers();
        JsonObject results = a.results().orElse(JsonValue.EMPTY_JSON_OBJECT);
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
            boolean show = finished && result != null;
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
                    show && reveals.contains(Reveal.MARKS) ? result.getJsonNumber("marks").doubleValue() : null,
                    show && reveals.contains(Reveal.RIGHT_ANSWER) ? type.rightAnswer(q.definition(), ctx.locale()).orElse(null) : null,
                    feedback));
        }
        boolean marks = finished && reveals.contains(Reveal.MARKS);
        return new AttemptView(a.id(), a.number(), a.state().name(), a.startedAt(), a.deadline().orElse(null), now,
                a.answersRevision(), settings.perPage(), reveals.stream().map(Reveal::jsonName).sorted().toList(), slots,
                marks ? a.marks().orElse(null) : null, marks ? a.maxMarks().orElse(null) : null,
                marks ? a.percent().orElse(null) : null, marks && !a.needsGrading() ? a.passed() : null, a.needsGrading());
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
