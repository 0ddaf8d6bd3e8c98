package jp.medsec.lms.core.domain.model.enrolment;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jp.medsec.lms.core.domain.model.course.Activity;
import jp.medsec.lms.core.domain.model.course.Course;
import jp.medsec.lms.core.domain.model.learner.Learner;
import jp.medsec.lms.core.domain.model.shared.ConflictException;
import jp.medsec.lms.core.domain.model.shared.FiscalYear;
import jp.medsec.lms.core.domain.model.shared.Ids;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One learner in one course (unique in the database, so a double click cannot enrol twice). Completions are
 * part of the aggregate: progress is always computed from them against the course's current activities.
 * <p>
 * Annual training: once a new fiscal year (年度) has begun after the course was complete, the learner may start a new
 * round (受講回). The finished round is kept as a {@link PastRound} with its completions, the current completions
 * start empty, and events recorded from then on carry the new round number, so activity plugins decide completion
 * from this round's events only.
 */
@Entity
@Table(name = "lms_enrolment", uniqueConstraints = @UniqueConstraint(name = "uq_enrolment_learner_course",
        columnNames = {"learner_id", "course_id"}))
@NamedQuery(name = "Enrolment.findByLearnerAndCourse",
        query = "SELECT e FROM Enrolment e WHERE e.learner.id = :learner AND e.course.id = :course")
@NamedQuery(name = "Enrolment.findByLearner",
        query = "SELECT e FROM Enrolment e WHERE e.learner.id = :learner ORDER BY e.enrolledAt DESC")
public class Enrolment {

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "learner_id")
    private Learner learner;

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    @OneToMany(mappedBy = "enrolment", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ActivityCompletion> completions = new ArrayList<>();

    /** The current round, 1 for the first; null in rows written before rounds existed, which were in round 1. */
    @Column(name = "round_no")
    private Integer round;

    /** When the current round began; null in rows written before rounds existed (then: the enrolment). */
    @Column(name = "round_started_at")
    private Instant roundStartedAt;

    @OneToMany(mappedBy = "enrolment", cascade = CascadeType.ALL)
    @OrderBy("round")
    private List<PastRound> pastRounds = new ArrayList<>();

    protected Enrolment() {
    }

    public Enrolment(Learner learner, Course course, Instant enrolledAt) {
        this.id = Ids.newId();
        this.learner = Objects.requireNonNull(learner, "learner");
        this.course = Objects.requireNonNull(course, "course");
        if (!course.isPublished()) {
            throw new InvalidInputException("enrolment.course-not-published", "Only published courses take enrolments");
        }
        this.enrolledAt = Objects.requireNonNull(enrolledAt, "enrolledAt");
        this.round = 1;
        this.roundStartedAt = enrolledAt;
    }

    /** Records that an activity is complete; completing it again changes nothing (the first time counts). */
    public boolean complete(Activity activity, String reason, Instant at) {
        Objects.requireNonNull(activity, "activity");
        if (!activity.module().course().id().equals(course.id())) {
            throw new InvalidInputException("enrolment.foreign-activity", "Activity is not part of this course");
        }
        if (completionOf(activity.id()).isPresent()) {
            return false;
        }
        completions.add(new ActivityCompletion(this, activity.id(), reason, at));
        return true;
    }

    public Optional<ActivityCompletion> completionOf(String activityId) {
        return completions.stream().filter(c -> c.activityId().equals(activityId)).findFirst();
    }

    /** When the course became complete: the latest completion of its required activities; empty while incomplete. */
    public Optional<Instant> completedAt() {
        Instant latest = null;
        for (var activity : course.requiredActivities()) {
            Optional<ActivityCompletion> done = completionOf(activity.id());
            if (done.isEmpty()) {
                return Optional.empty();
            }
            if (latest == null || done.get().completedAt().isAfter(latest)) {
                latest = done.get().completedAt();
            }
        }
        return Optional.ofNullable(latest);
    }

    /**
     * Whether the learner may start a new round now: the course is complete, and a new fiscal year has begun since
     * (annual training is counted per 年度, and so are certificates).
     */
    public boolean mayStartNewRound(Instant now) {
        return completedAt().map(done -> FiscalYear.of(done) < FiscalYear.of(now)).orElse(false);
    }

    /**
     * Starts the next round: this round, with its completions, becomes a past round, and the course starts again
     * with nothing complete. Refused unless {@link #mayStartNewRound} (also when a racing request started it first).
     */
    public void startNewRound(Instant now) {
        Objects.requireNonNull(now, "now");
        if (!mayStartNewRound(now)) {
            throw new ConflictException("enrolment.round-not-over",
                    "A new round starts only after the course was complete in an earlier fiscal year");
        }
        pastRounds.add(new PastRound(this, round(), roundStartedAt(), completedAt().orElseThrow(), completions));
        completions.clear();
        this.round = round() + 1;
        this.roundStartedAt = now;
    }

    public int round() {
        return round == null ? 1 : round;
    }

    public Instant roundStartedAt() {
        return roundStartedAt == null ? enrolledAt : roundStartedAt;
    }

    /** The finished rounds, oldest first. */
    public List<PastRound> pastRounds() {
        return Collections.unmodifiableList(pastRounds);
    }

    public Progress progress() {
        return Progress.of(course, completions.stream().map(ActivityCompletion::activityId).toList());
    }

    public String id() {
        return id;
    }

    public Learner learner() {
        return learner;
    }

    public Course course() {
        return course;
    }

    public Instant enrolledAt() {
        return enrolledAt;
    }

    public List<ActivityCompletion> completions() {
        return Collections.unmodifiableList(completions);
    }
}
