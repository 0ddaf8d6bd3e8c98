package jp.medsec.lms.bench.quiz;

import jakarta.json.Json;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the database holds after a scenario, read with plain JDBC: each learner must have exactly one attempt at the
 * scenario's quiz, FINISHED with a grade of 100 % (all answers were saved right), and exactly one
 * {@code attempt-finished} event for it (the completion record the submission writes in the same transaction).
 *
 * @param lost        learners without a finished, graded attempt, plus finished attempts without their event
 * @param duplicated  attempts beyond one per learner, plus events beyond one per attempt
 * @param wrongGrade  finished attempts graded below 100 % (saved answers not used)
 * @param tx          on PostgreSQL, which transactions wrote the rows (null on Derby)
 */
record ResultCheck(int learners, int finished, int lost, int duplicated, int wrongGrade, TxEvidence tx) {

    /**
     * PostgreSQL stamps each row with the id of the transaction that wrote it last ({@code xmin}); ids are given only
     * to transactions that write. The same id on an attempt and its event means one transaction wrote both, and as many
     * distinct ids as submissions means one writing transaction per submission.
     */
    record TxEvidence(int attemptsWithEvent, int distinctWriters, int eventInSameTransaction) {
    }

    static ResultCheck of(Connection c, String activityId, Set<String> learnerIds, boolean postgres) throws SQLException {
        Map<String, Integer> attemptsOf = new HashMap<>();
        Map<String, Integer> eventsOf = new HashMap<>();
        Set<String> graded = new HashSet<>();
        int finished = 0;
        int wrongGrade = 0;
        int strangers = 0;
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id, learnerId, state, percent FROM lms_quiz_attempt WHERE activityId = ?")) {
            s.setString(1, activityId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    if (!learnerIds.contains(r.getString(2))) {
                        strangers++;
                        continue;
                    }
                    attemptsOf.merge(r.getString(2), 1, Integer::sum);
                    double percent = r.getDouble(4);
                    boolean hasGrade = !r.wasNull();
                    if ("FINISHED".equals(r.getString(3)) && hasGrade) {
                        finished++;
                        graded.add(r.getString(2));
                        eventsOf.put(r.getString(1), 0);
                        if (percent < 99.999) {
                            wrongGrade++;
                        }
                    }
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement(
                "SELECT payload FROM lms_activity_event WHERE activity_id = ? AND event_type = 'attempt-finished'")) {
            s.setString(1, activityId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    try (var json = Json.createReader(new StringReader(r.getString(1)))) {
                        eventsOf.merge(json.readObject().getString("attempt"), 1, Integer::sum);
                    }
                }
            }
        }
        int withoutResult = (int) learnerIds.stream().filter(id -> !graded.contains(id)).count();
        int lost = withoutResult + (int) eventsOf.values().stream().filter(n -> n == 0).count();
        int duplicated = strangers + attemptsOf.values().stream().mapToInt(n -> n - 1).sum()
                + eventsOf.values().stream().mapToInt(n -> Math.max(0, n - 1)).sum();
        return new ResultCheck(learnerIds.size(), finished, lost, duplicated, wrongGrade,
                postgres ? transactions(c, activityId) : null);
    }

    private static TxEvidence transactions(Connection c, String activityId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT count(*), count(DISTINCT a.xmin::text),"
                + " count(*) FILTER (WHERE a.xmin::text = e.xmin::text)"
                + " FROM lms_quiz_attempt a JOIN lms_activity_event e ON e.activity_id = a.activityid"
                + " AND e.event_type = 'attempt-finished' AND e.payload::json->>'attempt' = a.id"
                + " WHERE a.activityid = ? AND a.state = 'FINISHED'")) {
            s.setString(1, activityId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return new TxEvidence(r.getInt(1), r.getInt(2), r.getInt(3));
            }
        }
    }
}
