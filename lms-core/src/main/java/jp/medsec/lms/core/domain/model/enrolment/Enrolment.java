package jp.medsec.lms.core.domain.model.enrolment;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jp.medsec.lms.core.domain.model.course.Activity;
import jp.medsec.lms.core.domain.model.course.Course;
import jp.medsec.lms.core.domain.model.learner.Learner;
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
