package jp.medsec.lms.core.domain.model.enrolment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jp.medsec.lms.core.domain.model.shared.Ids;

import java.time.Instant;
import java.util.Objects;

/** An activity completed in an enrolment, with when and why (the plugin's reason), kept as evidence. */
@Entity
@Table(name = "lms_activity_completion", uniqueConstraints = @UniqueConstraint(name = "uq_completion_enrolment_activity",
        columnNames = {"enrolment_id", "activity_id"}))
public class ActivityCompletion {

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "enrolment_id")
    private Enrolment enrolment;

    @Column(name = "activity_id", nullable = false, length = 36)
    private String activityId;

    @Column(length = 500)
    private String reason;

    @Column(name = "completed_at", nullable = false)
    private Instant completedAt;

    protected ActivityCompletion() {
    }

    ActivityCompletion(Enrolment enrolment, String activityId, String reason, Instant completedAt) {
        this.id = Ids.newId();
        this.enrolment = enrolment;
        this.activityId = Objects.requireNonNull(activityId, "activityId");
        this.reason = reason == null || reason.length() <= 500 ? reason : reason.substring(0, 500);
        this.completedAt = Objects.requireNonNull(completedAt, "completedAt");
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
