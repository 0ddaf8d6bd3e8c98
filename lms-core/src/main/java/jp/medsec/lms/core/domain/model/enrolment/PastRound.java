package jp.medsec.lms.core.domain.model.enrolment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jp.medsec.lms.core.domain.model.shared.Ids;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A finished round (受講回) of an enrolment, kept as evidence when the learner re-takes the course in a new fiscal
 * year: when it started, when the course was complete, and each activity's completion as it was. The unique key on
 * (enrolment, round) lets only one of two racing re-takes close a round.
 */
@Entity
@Table(name = "lms_enrolment_round", uniqueConstraints = @UniqueConstraint(name = "uq_enrolment_round",
        columnNames = {"enrolment_id", "round_no"}))
public class PastRound {

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "enrolment_id")
    private Enrolment enrolment;

    @Column(name = "round_no", nullable = false)
    private int round;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "completed_at", nullable = false)
    private Instant completedAt;

    @ElementCollection
    @CollectionTable(name = "lms_enrolment_round_completion", joinColumns = @JoinColumn(name = "round_id"))
    @OrderBy("completedAt")
    private List<Completion> completions = new ArrayList<>();

    protected PastRound() {
    }

    PastRound(Enrolment enrolment, int round, Instant startedAt, Instant completedAt, List<ActivityCompletion> done) {
        this.id = Ids.newId();
        this.enrolment = Objects.requireNonNull(enrolment, "enrolment");
        this.round = round;
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.completedAt = Objects.requireNonNull(completedAt, "completedAt");
        done.forEach(c -> completions.add(new Completion(c.activityId(), c.reason(), c.completedAt())));
    }

    public int round() {
        return round;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public List<Completion> completions() {
        return Collections.unmodifiableList(completions);
    }

    /** One activity's completion in a past round, as it was recorded. */
    @Embeddable
    public static class Completion {

        @Column(name = "activity_id", nullable = false, length = 36)
        private String activityId;

        @Column(length = 500)
        private String reason;

        @Column(name = "completed_at", nullable = false)
        private Instant completedAt;

        protected Completion() {
        }

        Completion(String activityId, String reason, Instant completedAt) {
            this.activityId = activityId;
            this.reason = reason;
            this.completedAt = completedAt;
        }

        public String activityId() {
            return activityId;
        }

        public String reason() {
            return reason;
        }

        public Instant completedAt() {
            return completedAt;
        }
    }
}
