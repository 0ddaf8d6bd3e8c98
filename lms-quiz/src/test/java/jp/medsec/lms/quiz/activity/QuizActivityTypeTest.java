package jp.medsec.lms.quiz.activity;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jp.medsec.lms.spi.ActivityContext;
import jp.medsec.lms.spi.InvalidSettingsException;
import jp.medsec.lms.spi.LearnerEvent;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuizActivityTypeTest {

    private final QuizActivityType quiz = new QuizActivityType();

    private static ActivityContext context(String settings) {
        return new ActivityContext("a", Json.createReader(new StringReader(settings)).readObject(), Locale.JAPANESE, Instant.now());
    }

    private static LearnerEvent finished(double quizPercent, boolean passed, int used, int allowed) {
        JsonObject p = Json.createObjectBuilder().add("quizPercent", quizPercent).add("quizPassed", passed)
                .add("attemptsUsed", used).add("attemptsAllowed", allowed).build();
        return new LearnerEvent("attempt-finished", Instant.now(), p);
    }

    @Test
    void aLearnersPageCanPostNothing() {
        assertTrue(quiz.acceptedEvents().isEmpty());
    }

    @Test
    void completesWhenTheQuizGradeReachesThePassMark() {
        ActivityContext ctx = context("{\"draw\":[{\"tag\":\"STF\"}],\"attempts\":3,\"passPercent\":70}");
        assertFalse(quiz.decide(ctx, List.of()).complete());
        assertFalse(quiz.decide(ctx, List.of(finished(60, false, 1, 3))).complete());
        assertTrue(quiz.decide(ctx, List.of(finished(60, false, 1, 3), finished(80, true, 2, 3))).complete());
        assertFalse(quiz.decide(ctx, List.of(finished(60, false, 1, 3), finished(60, false, 2, 3), finished(65, false, 3, 3))).complete(),
                "must be passed: using every attempt is not enough");
    }

    @Test
    void orWhenAllAttemptsAreUsedIfTheTrainerSaysSo() {
        ActivityContext ctx = context("{\"draw\":[{\"tag\":\"STF\"}],\"attempts\":2,\"completion\":\"passed-or-attempts-used\"}");
        assertFalse(quiz.decide(ctx, List.of(finished(10, false, 1, 2))).complete());
        var decision = quiz.decide(ctx, List.of(finished(10, false, 1, 2), finished(20, false, 2, 2)));
        assertTrue(decision.complete());
        assertTrue(decision.reason().contains("2回"), decision.reason());
    }

    @Test
    void badSettingsAreRefusedWithEveryProblem() {
        var e = assertThrows(InvalidSettingsException.class, () -> quiz.validateSettings(
                Json.createObjectBuilder().add("attempts", -1).build()));
        assertTrue(e.problems().size() >= 2, e.problems().toString());
    }
}
