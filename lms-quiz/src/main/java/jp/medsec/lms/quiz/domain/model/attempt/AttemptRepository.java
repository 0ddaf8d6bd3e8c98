package jp.medsec.lms.quiz.domain.model.attempt;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface AttemptRepository {

    /**
     * Locks the learner's row for this quiz until the transaction ends (creating it on first use), so this
     * learner's starts and submissions run one after another.
     */
    void lockParticipant(String activityId, String learnerId);

    /** Stores a new attempt and flushes, so a unique-constraint refusal surfaces here. */
    void storeNow(Attempt attempt);

    /** Writes pending changes now, so a concurrent submission's version conflict surfaces here. */
    void flush();

    Optional<Attempt> find(String attemptId);

    /** Reads the attempt again from the database (after waiting for a lock, another request may have changed it). */
    void refresh(Attempt attempt);

    /** A learner's attempts at a quiz, oldest first. */
    List<Attempt> ofLearner(String activityId, String learnerId);

    /** Every learner's attempts at a quiz, newest first (for the trainer's report). */
    List<Attempt> ofActivity(String activityId);

    /** Attempts in progress whose time (with grace) ran out before {@code now}. */
    List<Attempt> overdue(Instant now, int limit);
}
