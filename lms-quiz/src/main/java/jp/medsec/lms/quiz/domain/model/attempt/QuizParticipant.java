package jp.medsec.lms.quiz.domain.model.attempt;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jp.medsec.lms.core.domain.model.shared.Ids;

import java.util.Objects;

/**
 * A learner at one quiz: the row that starting and submitting lock (SELECT ... FOR UPDATE) before they touch that
 * learner's attempts, so parallel requests of one learner queue for a moment instead of deadlocking in the
 * database, while other learners are not held up. The unique constraints on attempts stay as the last word.
 */
@Entity
@Table(name = "lms_quiz_participant", uniqueConstraints = @UniqueConstraint(name = "uq_quiz_participant",
        columnNames = {"activityId", "learnerId"}))
@NamedQuery(name = "QuizParticipant.find", query = "SELECT p FROM QuizParticipant p WHERE p.activityId = :activityId"
        + " AND p.learnerId = :learnerId")
public class QuizParticipant {

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 36)
    private String activityId;

    @Column(nullable = false, length = 36)
    private String learnerId;

    protected QuizParticipant() {
    }

    public QuizParticipant(String activityId, String learnerId) {
        this.id = Ids.newId();
        this.activityId = Objects.requireNonNull(activityId, "activityId");
        this.learnerId = Objects.requireNonNull(learnerId, "learnerId");
    }
}
