package jp.medsec.lms.quiz.domain.model.attempt;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
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

    @Column(nullable = false)
    private int number;

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

    @Version
    private long version;

    protected Attempt() {
    }

    public Attempt(String courseId, String activityId, String learnerId, int number, JsonArray layout, Instant now,
                   Instant deadline, Instant closesAt) {
        this.id = Ids.newId();
        this.courseId = Objects.requireNonNull(courseId, "courseId");
        this.activityId = Objects.requireNonNull(activityId, "activityId");
        this.learnerId = Objects.requireNonNull(learnerId, "learnerId");
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
        this.answers = newAnswers.toString();
        this.answersRevision++;
        return answersRevision;
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
