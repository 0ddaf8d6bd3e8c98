package jp.medsec.lms.quiz.domain.model.report;

import jp.medsec.lms.quiz.domain.model.report.ItemAnalysis.GradedAttempt;
import jp.medsec.lms.quiz.domain.model.report.ItemAnalysis.Item;
import jp.medsec.lms.quiz.domain.model.report.ItemAnalysis.QuestionFigures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ItemAnalysisTest {

    /** Four learners; q1 everyone gets right; q2 only the strong ones; q3 only the weak ones (a suspicious key). */
    private static final List<GradedAttempt> ATTEMPTS = List.of(
            attempt(1, 1, 0, 1, 1),
            attempt(1, 1, 0, 1, 1),
            attempt(1, 0, 1, 0, 0),
            attempt(1, 0, 1, 0, 0));

    private static GradedAttempt attempt(double q1, double q2, double q3, double q4, double q5) {
        return new GradedAttempt(List.of(new Item("q1", 1, q1), new Item("q2", 1, q2), new Item("q3", 1, q3),
                new Item("q4", 1, q4), new Item("q5", 1, q5)));
    }

    private static QuestionFigures question(String id) {
        return ItemAnalysis.of(ATTEMPTS).questions().stream().filter(q -> q.questionId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void facilityIsTheMeanScoreAsAPercentage() {
        assertEquals(100, question("q1").facilityPercent(), 1e-9);
        assertEquals(50, question("q2").facilityPercent(), 1e-9);
        assertEquals(4, question("q2").attempts());
    }

    @Test
    void discriminationIsHighWhenStrongLearnersGetItRightAndNegativeWhenWeakOnesDo() {
        assertTrue(question("q2").discriminationIndex().orElseThrow() > 90, question("q2").toString());
        assertTrue(question("q3").discriminationIndex().orElseThrow() < -90, question("q3").toString());
        assertTrue(question("q1").discriminationIndex().isEmpty(), "no variation, no index");
    }

    @Test
    void quizFiguresDescribeTheTotals() {
        var figures = ItemAnalysis.of(ATTEMPTS);
        assertEquals(4, figures.attempts());
        assertEquals(60, figures.meanPercent().orElseThrow(), 1e-9); // 80, 80, 40, 40
        assertEquals(60, figures.medianPercent().orElseThrow(), 1e-9);
        assertEquals(20, figures.sdPercent().orElseThrow(), 1e-9);
    }

    @Test
    void randomDrawsCountOnlyTheAttemptsThatSawTheQuestion() {
        var figures = ItemAnalysis.of(List.of(
                new GradedAttempt(List.of(new Item("a", 2, 2), new Item("b", 1, 0))),
                new GradedAttempt(List.of(new Item("a", 2, 1), new Item("c", 1, 1)))));
        var a = figures.questions().stream().filter(q -> q.questionId().equals("a")).findFirst().orElseThrow();
        var c = figures.questions().stream().filter(q -> q.questionId().equals("c")).findFirst().orElseThrow();
        assertEquals(2, a.attempts());
        assertEquals(75, a.facilityPercent(), 1e-9);
        assertEquals(1, c.attempts());
        assertTrue(c.discriminationIndex().isEmpty(), "one attempt says nothing");
    }

    @Test
    void noAttemptsGiveEmptyFigures() {
        var figures = ItemAnalysis.of(List.of());
        assertEquals(0, figures.attempts());
        assertTrue(figures.meanPercent().isEmpty() && figures.questions().isEmpty());
    }
}
