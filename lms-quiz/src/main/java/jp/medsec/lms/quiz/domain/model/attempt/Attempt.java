package jp.medsec.lms.quiz.domain.model.attempt;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import jp.medsec.lms.core.domain.model.shared.ConflictException;
import jp.medsec.lms.core.domain.model.shared.Ids;

import java.io.StringReader;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One attempt. {@code openFlag} is 1 while in progress and null once finished: with the unique constraint on
 * (activity, learner, openFlag) the database itself refuses a second attempt in progress, whatever the timing of
 * parallel requests (several NULLs do not collide). Attempt numbers are unique per learner and quiz, so a race
 * for the last allowed attempt leaves exactly one winner.
 */
@Entity
@Table(name = "lms_quiz_attempt", uniqueConstraints = {
        @UniqueConstraint(name = "uq_quiz_attempt_number", columnNames = {"activityId", "learnerId", "number"}),
        @UniqueConstraint(name = "uq_quiz_attempt_open", columnNames = {"activityId", "learnerId", "openFlag"})})
@NamedQuery(name = "Attempt.ofLearner", query = "SELECT a FROM Attempt a WHERE a.activityId = :activityId"
        + " AND a.learnerId = :learnerId ORDER BY a.number")
@NamedQuery(name = "Attempt.ofActivity", query = "SELECT a FROM Attempt a WHERE a.activityId = :activityId"
        + " ORDER BY a.startedAt DESC")
@NamedQuery(name = "Attempt.overdue", query = "SELECT a FROM Attempt a WHERE a.state = jp.medsec.lms.quiz.domain.model.attempt.AttemptState.IN_PROGRESS"
        + " AND a.closesAt IS NOT NULL AND a.closesAt < :now")
public class Attempt {

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 36)
    private String courseId;

    @Column(nullable = false, length = 36)
    private String activityId;

    @Column(nullable = false, length = 36)
    private String learnerId;

    /** Numbered per learner and quiz over all rounds: the first attempt of a second round may be number 3. */
    @Column(nullable = false)
    private int number;

    /** The learner's round (受講回) of the course; null in rows written before rounds existed (round 1). */
    @Column(name = "round_no")
    private Integer round;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AttemptState state;

    private Integer openFlag;

    @Column(nullable = false)
    private Instant startedAt;

    /** The time limit or the quiz's closing time; null when neither applies. */
    private Instant deadline;

    /** The deadline plus the grace period: after it the attempt is closed with what was saved. */
    private Instant closesAt;

    private Instant finishedAt;

    @Lob
    @Column(nullable = false)
    private String layout;

    @Lob
    @Column(nullable = false)
    private String answers;

    @Column(nullable = false)
    private int answersRevision;

    @Lob
    private String results;

    private Double marks;

    private Double maxMarks;

    private Double percent;

    private Boolean passed;

    private Boolean needsGrading;

    /** Immediate feedback: the result of each question the learner checked (slot to result); null when none. */
    @Lob
    private String checkedResults;

    @Version
    private long version;

    protected Attempt() {
    }

    public Attempt(String courseId, String activityId, String learnerId, int round, int number, JsonArray layout,
                   Instant now, Instant deadline, Instant closesAt) {
        this.id = Ids.newId();
        this.courseId = Objects.requireNonNull(courseId, "courseId");
        this.activityId = Objects.requireNonNull(activityId, "activityId");
        this.learnerId = Objects.requireNonNull(learnerId, "learnerId");
        this.round = round;
        this.number = number;
        this.state = AttemptState.IN_PROGRESS;
        this.openFlag = 1;
        this.startedAt = Objects.requireNonNull(now, "now");
        this.deadline = deadline;
        this.closesAt = closesAt;
        this.layout = layout.toString();
        this.answers = "{}";
        this.answersRevision = 0;
    }

    /**
     * Replaces the saved answers; {@code basedOn} is the revision the learner's page last saw, so a stale page (a
     * second tab, a device that was offline) cannot overwrite newer answers.
     */
    public int saveAnswers(JsonObject newAnswers, int basedOn, Instant now) {
        if (state != AttemptState.IN_PROGRESS) {
            throw new ConflictException("quiz.attempt-finished", "This attempt has been submitted; answers can no longer change");
        }
        if (closesAt != null && now.isAfter(closesAt)) {
            throw new ConflictException("quiz.time-up", "The time for this attempt is over");
        }
        if (basedOn != answersRevision) {
            throw new StaleAnswersException(answersRevision);
        }
        refuseChangesToChecked(newAnswers);
        this.answers = newAnswers.toString();
        this.answersRevision++;
        return answersRevision;
    }

    /**
     * Immediate feedback: the learner checks one question. Its answer is saved and locked, and its result kept, as one
     * new revision of the answers (so a stale page is refused as for saving).
     */
    public int check(String slot, JsonObject response, JsonObject result, int basedOn, Instant now) {
        if (state != AttemptState.IN_PROGRESS) {
            throw new ConflictException("quiz.attempt-finished", "This attempt has been submitted; answers can no longer change");
        }
        if (closesAt != null && now.isAfter(closesAt)) {
            throw new ConflictException("quiz.time-up", "The time for this attempt is over");
        }
        if (basedOn != answersRevision) {
            throw new StaleAnswersException(answersRevision);
        }
        JsonObject checked = checkedResults();
        if (checked.containsKey(slot)) {
            throw new ConflictException("quiz.already-checked", "Question " + slot + " has been checked; its answer is final");
        }
        this.answers = Json.createObjectBuilder(answers()).add(slot, response).build().toString();
        this.checkedResults = Json.createObjectBuilder(checked).add(slot, result).build().toString();
        this.answersRevision++;
        return answersRevision;
    }

    private void refuseChangesToChecked(JsonObject newAnswers) {
        JsonObject checked = checkedResults();
        if (checked.isEmpty()) {
            return;
        }
        JsonObject current = answers();
        for (String slot : checked.keySet()) {
            if (!Objects.equals(current.get(slot), newAnswers.get(slot))) {
                throw new ConflictException("quiz.answer-checked", "Question " + slot + " has been checked; its answer can no longer change");
            }
        }
    }

    /** The results of the questions checked during the attempt (immediate feedback), by slot. */
    public JsonObject checkedResults() {
        return checkedResults == null ? JsonValue.EMPTY_JSON_OBJECT : object(checkedResults);
    }

    /** Records the grade and closes the attempt. */
    public void finish(JsonObject gradedResults, double newMarks, double newMaxMarks, boolean manualGradingNeeded,
                       double passPercent, Instant now) {
        if (state != AttemptState.IN_PROGRESS) {
            throw new IllegalStateException("Attempt " + id + " is already finished");
        }
        this.state = AttemptState.FINISHED;
        this.openFlag = null;
        this.finishedAt = now;
        grade(gradedResults, newMarks, newMaxMarks, manualGradingNeeded, passPercent);
    }

    /**
     * A trainer corrected a question: the finished attempt is graded again, its questions now the latest versions.
     * The finishing time stays; only the layout, results and grade change.
     */
    public void regrade(JsonArray newLayout, JsonObject gradedResults, double newMarks, double newMaxMarks,
                        boolean manualGradingNeeded, double passPercent) {
        if (state != AttemptState.FINISHED) {
            throw new IllegalStateException("Attempt " + id + " is not finished");
        }
        this.layout = newLayout.toString();
        grade(gradedResults, newMarks, newMaxMarks, manualGradingNeeded, passPercent);
    }

    /**
     * A trainer graded a question by hand (an essay): the results and the grade are rewritten, the answers and the
     * finishing time stay. {@code expectedVersion} is the version the trainer's page showed, so a grade based on an
     * older state of the attempt (another trainer graded meanwhile) is refused instead of overwriting theirs.
     */
    public void gradeManually(long expectedVersion, JsonObject gradedResults, double newMarks, double newMaxMarks,
                              boolean manualGradingStillNeeded, double passPercent) {
        if (state != AttemptState.FINISHED) {
            throw new ConflictException("quiz.attempt-in-progress", "The attempt is still in progress; grade it once it is submitted");
        }
        if (expectedVersion != version) {
            throw new ConflictException("quiz.grade-stale", "The attempt was graded or changed meanwhile; reload it and grade again");
        }
        grade(gradedResults, newMarks, newMaxMarks, manualGradingStillNeeded, passPercent);
    }

    /** The per-question results and the grade: percent to two decimals, passed only once nothing awaits a grader. */
    private void grade(JsonObject gradedResults, double newMarks, double newMaxMarks, boolean manualGradingNeeded,
                       double passPercent) {
        this.results = gradedResults.toString();
        this.marks = newMarks;
        this.maxMarks = newMaxMarks;
        this.percent = newMaxMarks == 0 ? 0 : Math.round(newMarks / newMaxMarks * 10000) / 100.0;
        this.needsGrading = manualGradingNeeded;
        this.passed = !manualGradingNeeded && percent >= passPercent;
    }

    public boolean isOverdue(Instant now) {
        return state == AttemptState.IN_PROGRESS && closesAt != null && now.isAfter(closesAt);
    }

    private static JsonObject object(String json) {
        try (var r = Json.createReader(new StringReader(json))) {
            return r.readObject();
        }
    }

    public JsonArray layout() {
        try (var r = Json.createReader(new StringReader(layout))) {
            return r.readArray();
        }
    }

    public JsonObject answers() {
        return object(answers);
    }

    public Optional<JsonObject> results() {
        return Optional.ofNullable(results).map(Attempt::object);
    }

    public String id() {
        return id;
    }

    public String courseId() {
        return courseId;
    }

    public String activityId() {
        return activityId;
    }

    public String learnerId() {
        return learnerId;
    }

    public int number() {
        return number;
    }

    public int round() {
        return round == null ? 1 : round;
    }

    public AttemptState state() {
        return state;
    }

    public boolean inProgress() {
        return state == AttemptState.IN_PROGRESS;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Optional<Instant> deadline() {
        return Optional.ofNullable(deadline);
    }

    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    public int answersRevision() {
        return answersRevision;
    }

    public Optional<Double> marks() {
        return Optional.ofNullable(marks);
    }

    public Optional<Double> maxMarks() {
        return Optional.ofNullable(maxMarks);
    }

    public Optional<Double> percent() {
        return Optional.ofNullable(percent);
    }

    public boolean passed() {
        return Boolean.TRUE.equals(passed);
    }

    /** The optimistic version: changes with every stored change, for requests that must not act on an old state. */
    public long version() {
        return version;
    }

    public boolean needsGrading() {
        return Boolean.TRUE.equals(needsGrading);
    }

    /** A page based on an older revision of the answers tried to save; nothing was changed. */
    public static class StaleAnswersException extends ConflictException {
        private final int currentRevision;

        public StaleAnswersException(int currentRevision) {
            super("quiz.stale-answers", "Newer answers were saved from another page or device; reload to continue from them");
            this.currentRevision = currentRevision;
        }

        public int currentRevision() {
            return currentRevision;
        }
    }
}
