package jp.medsec.lms.quiz.domain.model.attempt;

import jakarta.json.Json;
import jp.medsec.lms.core.domain.model.shared.ConflictException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttemptTest {

    private static final Instant START = Instant.parse("2026-12-01T05:00:00Z");

    private static Attempt attempt() {
        return new Attempt("course", "quiz", "learner", 1, 1, Json.createArrayBuilder().build(), START,
                START.plusSeconds(1200), START.plusSeconds(1260));
    }

    @Test
    void aStalePageCannotOverwriteNewerAnswers() {
        Attempt a = attempt();
        var first = Json.createObjectBuilder().add("1", Json.createObjectBuilder().add("choice", "c1")).build();
        assertEquals(1, a.saveAnswers(first, 0, START.plusSeconds(10)));
        var stale = assertThrows(Attempt.StaleAnswersException.class,
                () -> a.saveAnswers(Json.createObjectBuilder().build(), 0, START.plusSeconds(20)));
        assertEquals(1, stale.currentRevision());
        assertEquals(first, a.answers(), "nothing lost");
    }

    @Test
    void answersCountUntilTheDeadlinePlusGraceAndNotAfterSubmission() {
        Attempt a = attempt();
        a.saveAnswers(Json.createObjectBuilder().build(), 0, START.plusSeconds(1250));
        assertThrows(ConflictException.class, () -> a.saveAnswers(Json.createObjectBuilder().build(), 1, START.plusSeconds(1261)));
        assertTrue(a.isOverdue(START.plusSeconds(1261)));
        a.finish(Json.createObjectBuilder().build(), 7, 10, false, 70, START.plusSeconds(1262));
        assertEquals(70.0, a.percent().orElseThrow());
        assertTrue(a.passed());
        assertFalse(a.isOverdue(START.plusSeconds(2000)), "a finished attempt is never overdue");
        assertThrows(ConflictException.class, () -> a.saveAnswers(Json.createObjectBuilder().build(), 1, START.plusSeconds(1263)));
        assertThrows(IllegalStateException.class, () -> a.finish(Json.createObjectBuilder().build(), 10, 10, false, 70, START));
    }

    @Test
    void anAttemptWithAnEssayIsNotPassedUntilGraded() {
        Attempt a = attempt();
        a.finish(Json.createObjectBuilder().build(), 9, 10, true, 70, START.plusSeconds(60));
        assertTrue(a.needsGrading());
        assertFalse(a.passed());
    }

    @Test
    void aHandGradeCountsOnlyOnASubmittedAttemptAndNotOnAnOldVersion() {
        Attempt a = attempt();
        var results = Json.createObjectBuilder().build();
        var inProgress = assertThrows(ConflictException.class, () -> a.gradeManually(0, results, 5, 10, false, 70));
        assertEquals("quiz.attempt-in-progress", inProgress.code());
        a.finish(results, 3, 10, true, 70, START.plusSeconds(60));
        var stale = assertThrows(ConflictException.class, () -> a.gradeManually(a.version() + 1, results, 10, 10, false, 70));
        assertEquals("quiz.grade-stale", stale.code());
        assertTrue(a.needsGrading(), "nothing changed");
        a.gradeManually(a.version(), results, 8, 10, false, 70);
        assertFalse(a.needsGrading());
        assertEquals(80.0, a.percent().orElseThrow());
        assertTrue(a.passed());
    }

    @Test
    void aCheckedAnswerIsLockedAndAStalePageCannotCheck() {
        Attempt a = attempt();
        var answer = Json.createObjectBuilder().add("answer", true).build();
        var result = Json.createObjectBuilder().add("status", "GRADED").add("marks", 1).build();
        assertEquals(1, a.check("1", answer, result, 0, START.plusSeconds(10)));
        assertEquals(answer, a.answers().get("1"));
        assertEquals(result, a.checkedResults().get("1"));
        assertThrows(Attempt.StaleAnswersException.class, () -> a.check("2", answer, result, 0, START.plusSeconds(11)));
        assertEquals("quiz.already-checked", assertThrows(ConflictException.class,
                () -> a.check("1", answer, result, 1, START.plusSeconds(12))).code());
        var changed = Json.createObjectBuilder().add("1", Json.createObjectBuilder().add("answer", false)).build();
        assertEquals("quiz.answer-checked", assertThrows(ConflictException.class, () -> a.saveAnswers(changed, 1, START.plusSeconds(13))).code());
        var dropped = Json.createObjectBuilder().add("2", answer).build();
        assertThrows(ConflictException.class, () -> a.saveAnswers(dropped, 1, START.plusSeconds(14)), "leaving it out changes it too");
        var kept = Json.createObjectBuilder().add("1", answer).add("2", Json.createObjectBuilder().add("answer", false)).build();
        assertEquals(2, a.saveAnswers(kept, 1, START.plusSeconds(15)), "other questions stay free");
    }
}
