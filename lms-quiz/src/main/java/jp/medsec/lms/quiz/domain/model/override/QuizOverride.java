package jp.medsec.lms.quiz.domain.model.override;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import jp.medsec.lms.core.domain.model.shared.Ids;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException.FieldProblem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Different quiz rules for one learner or for one institution's staff (Moodle's user and group overrides): the
 * opening and closing time, the time limit, the number of attempts. A field left null keeps the quiz's own rule. A
 * learner's override wins over their institution's. Each one carries the reason it was given.
 */
@Entity
@Table(name = "lms_quiz_override", uniqueConstraints = {
        @UniqueConstraint(name = "uq_quiz_override_learner", columnNames = {"activityId", "learnerId"}),
        @UniqueConstraint(name = "uq_quiz_override_institution", columnNames = {"activityId", "institutionId"})})
@NamedQuery(name = "QuizOverride.ofActivity", query = "SELECT o FROM QuizOverride o WHERE o.activityId = :activityId"
        + " ORDER BY o.createdAt")
public class QuizOverride {

    public static final int MAX_ATTEMPTS = 100;
    public static final int MAX_MINUTES = 24 * 60;

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 36)
    private String activityId;

    @Column(length = 36)
    private String learnerId;

    @Column(length = 36)
    private String institutionId;

    private Instant opensAt;

    private Instant closesAt;

    private Integer timeLimitMinutes;

    private Integer attempts;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(nullable = false, length = 36)
    private String createdBy;

    @Column(nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected QuizOverride() {
    }

    /** The rules an override changes; null keeps the quiz's own. */
    public record Rules(Instant opensAt, Instant closesAt, Integer timeLimitMinutes, Integer attempts) {

        /** Every problem, each against its field. */
        public void check() {
            List<FieldProblem> problems = new ArrayList<>();
            if (opensAt == null && closesAt == null && timeLimitMinutes == null && attempts == null) {
                problems.add(new FieldProblem("rules", "quiz.override.empty"));
            }
            if (opensAt != null && closesAt != null && !opensAt.isBefore(closesAt)) {
                problems.add(new FieldProblem("closesAt", "quiz.override.closes-before-opens"));
            }
            if (timeLimitMinutes != null && (timeLimitMinutes < 0 || timeLimitMinutes > MAX_MINUTES)) {
                problems.add(new FieldProblem("timeLimitMinutes", "quiz.override.time-limit"));
            }
            if (attempts != null && (attempts < 0 || attempts > MAX_ATTEMPTS)) {
                problems.add(new FieldProblem("attempts", "quiz.override.attempts"));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException("quiz.override.invalid", "The override's rules are invalid", problems);
            }
        }
    }

    public static QuizOverride forLearner(String activityId, String learnerId, Rules rules, String reason, String by, Instant now) {
        return new QuizOverride(activityId, Objects.requireNonNull(learnerId, "learnerId"), null, rules, reason, by, now);
    }

    public static QuizOverride forInstitution(String activityId, String institutionId, Rules rules, String reason, String by, Instant now) {
        return new QuizOverride(activityId, null, Objects.requireNonNull(institutionId, "institutionId"), rules, reason, by, now);
    }

    private QuizOverride(String activityId, String learnerId, String institutionId, Rules rules, String reason, String by, Instant now) {
        this.id = Ids.newId();
        this.activityId = Objects.requireNonNull(activityId, "activityId");
        this.learnerId = learnerId;
        this.institutionId = institutionId;
        change(rules, reason, by, now);
    }

    /** Replaces the rules (and the reason, who and when). */
    public void change(Rules rules, String why, String by, Instant now) {
        rules.check();
        if (why == null || why.isBlank() || why.length() > 500) {
            throw new InvalidInputException("quiz.override.reason", "Give a reason (up to 500 characters)",
                    List.of(new FieldProblem("reason", "quiz.override.reason")));
        }
        this.opensAt = rules.opensAt();
        this.closesAt = rules.closesAt();
        this.timeLimitMinutes = rules.timeLimitMinutes();
        this.attempts = rules.attempts();
        this.reason = why.strip();
        this.createdBy = Objects.requireNonNull(by, "by");
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    /** The quiz settings with this override's rules written over them (the keys of the quiz settings format). */
    public JsonObject applyTo(JsonObject settings) {
        JsonObjectBuilder b = Json.createObjectBuilder(settings);
        if (opensAt != null) {
            b.add("opensAt", opensAt.toString());
        }
        if (closesAt != null) {
            b.add("closesAt", closesAt.toString());
        }
        if (timeLimitMinutes != null) {
            b.add("timeLimitMinutes", timeLimitMinutes);
        }
        if (attempts != null) {
            b.add("attempts", attempts);
        }
        return b.build();
    }

    public String id() { return id; }
    public String activityId() { return activityId; }
    public Optional<String> learnerId() { return Optional.ofNullable(learnerId); }
    public Optional<String> institutionId() { return Optional.ofNullable(institutionId); }
    public Rules rules() { return new Rules(opensAt, closesAt, timeLimitMinutes, attempts); }
    public String reason() { return reason; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
}
