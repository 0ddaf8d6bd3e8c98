package jp.medsec.lms.quiz.domain.model.quiz;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuizSettingsTest {

    private static JsonObject json(String s) {
        return Json.createReader(new StringReader(s)).readObject();
    }

    @Test
    void aTrainerWhoOnlySaysWhereTheQuestionsComeFromGetsSensibleDefaults() {
        QuizSettings s = QuizSettings.fromJson(json("{\"draw\":[{\"tag\":\"STF\"}]}"));
        assertEquals(List.of(new QuizSettings.Draw("", "STF", "", 0)), s.draws());
        assertNull(s.timeLimit());
        assertEquals(Duration.ofMinutes(1), s.grace());
        assertEquals(0, s.attempts());
        assertEquals(GradingMethod.HIGHEST, s.grading());
        assertEquals(60, s.passPercent());
        assertTrue(s.shuffleQuestions() && s.shuffleChoices());
        assertEquals(EnumSet.noneOf(Reveal.class), s.reveals(ReviewPhase.DURING));
        assertEquals(EnumSet.allOf(Reveal.class), s.reveals(ReviewPhase.IMMEDIATELY));
        assertEquals(QuizSettings.Completion.PASSED, s.completion());
    }

    @Test
    void aTrainerCanPickQuestionsByHandBesideRandomDraws() {
        QuizSettings s = QuizSettings.fromJson(json("{\"draw\":[{\"question\":\"q-1\"},{\"question\":\"q-2\",\"count\":1},"
                + "{\"tag\":\"STF\",\"count\":3}]}"));
        assertEquals(List.of(new QuizSettings.Draw("", "", "q-1", 1), new QuizSettings.Draw("", "", "q-2", 1),
                new QuizSettings.Draw("", "STF", "", 3)), s.draws());
        assertTrue(s.draws().get(0).fixed());
        assertFalse(s.draws().get(2).fixed());

        var e = assertThrows(QuizSettings.InvalidQuizSettingsException.class, () -> QuizSettings.fromJson(json(
                "{\"draw\":[{\"question\":\"q-1\",\"tag\":\"STF\"},{\"question\":\"q-2\",\"count\":2}]}")));
        assertEquals(List.of("draw[0]: either one question or a category and/or tag, not both",
                "draw[1].count: a chosen question is drawn once (count 1 or none)"), e.problems());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        var e = assertThrows(QuizSettings.InvalidQuizSettingsException.class, () -> QuizSettings.fromJson(json(
                "{\"draw\":[{\"count\":-1}],\"attempts\":\"three\",\"passPercent\":120,\"grading\":\"best\","
                        + "\"opensAt\":\"2026-12-02T00:00:00Z\",\"closesAt\":\"2026-12-01T00:00:00Z\","
                        + "\"review\":{\"during\":[\"marks\"],\"someday\":[]},\"feedback\":\"adaptive\"}")));
        String all = String.join("\n", e.problems());
        for (String field : List.of("draw[0]:", "draw[0].count", "attempts", "passPercent", "grading", "closesAt",
                "review.during", "review.someday", "feedback")) {
            assertTrue(all.contains(field), field + " missing from:\n" + all);
        }
    }

    @Test
    void immediateFeedbackShowsEverythingOnACheckedQuestionUnlessReviewDuringSaysLess() {
        QuizSettings byDefault = QuizSettings.fromJson(json("{\"draw\":[{\"tag\":\"X\"}],\"feedback\":\"immediate\"}"));
        assertEquals(QuizSettings.Feedback.IMMEDIATE, byDefault.feedback());
        assertEquals(EnumSet.allOf(Reveal.class), byDefault.reveals(ReviewPhase.DURING));
        QuizSettings less = QuizSettings.fromJson(json("{\"draw\":[{\"tag\":\"X\"}],\"feedback\":\"immediate\","
                + "\"review\":{\"during\":[\"correctness\",\"marks\"]}}"));
        assertEquals(EnumSet.of(Reveal.CORRECTNESS, Reveal.MARKS), less.reveals(ReviewPhase.DURING));
        assertEquals(QuizSettings.Feedback.DEFERRED, QuizSettings.fromJson(json("{\"draw\":[{\"tag\":\"X\"}]}")).feedback());
        var deferredDuring = assertThrows(QuizSettings.InvalidQuizSettingsException.class, () -> QuizSettings.fromJson(
                json("{\"draw\":[{\"tag\":\"X\"}],\"review\":{\"during\":[\"marks\"]}}")));
        assertTrue(deferredDuring.problems().get(0).startsWith("review.during"), deferredDuring.problems().toString());
    }

    @Test
    void theDeadlineIsTheTimeLimitOrTheClosingTimeWhicheverComesFirst() {
        Instant start = Instant.parse("2026-12-01T05:00:00Z");
        QuizSettings limited = QuizSettings.fromJson(json("{\"draw\":[{\"tag\":\"X\"}],\"timeLimitMinutes\":20,"
                + "\"closesAt\":\"2026-12-01T05:10:00Z\"}"));
        assertEquals(Instant.parse("2026-12-01T05:10:00Z"), limited.deadline(start).orElseThrow());
        assertEquals(Instant.parse("2026-12-01T04:50:00Z"), limited.deadline(start.minusSeconds(1800)).orElseThrow());
        assertTrue(QuizSettings.fromJson(json("{\"draw\":[{\"tag\":\"X\"}]}")).deadline(start).isEmpty());
        assertFalse(limited.isOpen(Instant.parse("2026-12-01T05:10:00Z")));
    }

    @Test
    void gradingMethodsCombineAttemptsAsMoodleDoes() {
        List<Double> percents = List.of(40.0, 90.0, 70.0);
        assertEquals(90.0, GradingMethod.HIGHEST.aggregate(percents).getAsDouble());
        assertEquals(70.0, GradingMethod.LAST.aggregate(percents).getAsDouble());
        assertEquals(40.0, GradingMethod.FIRST.aggregate(percents).getAsDouble());
        assertEquals(200.0 / 3, GradingMethod.AVERAGE.aggregate(percents).getAsDouble(), 1e-9);
        assertEquals(OptionalDouble.empty(), GradingMethod.AVERAGE.aggregate(List.of()));
    }

    @Test
    void reviewPhasesFollowTheClock() {
        Instant finished = Instant.parse("2026-12-01T05:00:00Z");
        Instant closes = Instant.parse("2026-12-02T00:00:00Z");
        assertEquals(ReviewPhase.DURING, ReviewPhase.of(null, closes, finished));
        assertEquals(ReviewPhase.IMMEDIATELY, ReviewPhase.of(finished, closes, finished.plusSeconds(119)));
        assertEquals(ReviewPhase.LATER, ReviewPhase.of(finished, closes, finished.plusSeconds(121)));
        assertEquals(ReviewPhase.AFTER_CLOSE, ReviewPhase.of(finished, closes, closes));
    }
}
