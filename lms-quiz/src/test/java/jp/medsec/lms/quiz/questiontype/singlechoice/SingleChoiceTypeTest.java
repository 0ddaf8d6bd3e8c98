package jp.medsec.lms.quiz.questiontype.singlechoice;

import jakarta.json.JsonObject;
import jp.medsec.lms.quiz.spi.DefinitionProblem;
import jp.medsec.lms.quiz.spi.FormattedText;
import jp.medsec.lms.quiz.spi.GradeResult;
import jp.medsec.lms.quiz.spi.InvalidDefinitionException;
import jp.medsec.lms.quiz.spi.InvalidResponseException;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static jp.medsec.lms.quiz.TestJson.assertGivesNothingAway;
import static jp.medsec.lms.quiz.TestJson.json;
import static jp.medsec.lms.quiz.TestJson.seed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SingleChoiceTypeTest {

    private final SingleChoiceType type = new SingleChoiceType();

    private static final JsonObject LOCKBIT = json("{'choices': ["
            + "{'id': 'c1', 'text': {'text': 'LockBit 2.0', 'format': 'plain'}, 'fraction': 1,"
            + " 'feedback': {'text': '半田病院を暗号化したのはLockBit 2.0です。', 'format': 'plain'}},"
            + "{'id': 'c2', 'text': {'text': 'WannaCry', 'format': 'plain'}, 'fraction': 0,"
            + " 'feedback': {'text': 'WannaCryは2017年の攻撃です。', 'format': 'plain'}},"
            + "{'id': 'c3', 'text': {'text': 'Emotet', 'format': 'plain'}, 'fraction': -0.5},"
            + "{'id': 'c4', 'text': {'text': 'Phobos', 'format': 'plain'}, 'fraction': 0.5}]}");

    @Test
    void theRightChoiceEarnsFullMarksWithItsFeedback() {
        GradeResult r = type.grade(LOCKBIT, json("{'choice': 'c1'}"));
        assertEquals(1.0, r.fraction());
        assertEquals(List.of(FormattedText.plain("半田病院を暗号化したのはLockBit 2.0です。")), r.feedback());
    }

    @Test
    void aPartlyRightChoiceEarnsItsFractionAndAPenaltyStopsAtZero() {
        assertEquals(0.5, type.grade(LOCKBIT, json("{'choice': 'c4'}")).fraction());
        GradeResult penalised = type.grade(LOCKBIT, json("{'choice': 'c3'}"));
        assertEquals(0.0, penalised.fraction());
        assertTrue(penalised.feedback().isEmpty());
    }

    @Test
    void noAnswerEarnsNothingAndAForgedIdIsRefused() {
        assertEquals(0.0, type.grade(LOCKBIT, json("{}")).fraction());
        var e = assertThrows(InvalidResponseException.class, () -> type.grade(LOCKBIT, json("{'choice': 'c9'}")));
        assertEquals("single-choice.unknown-choice", e.reason().key());
        assertThrows(InvalidResponseException.class, () -> type.grade(LOCKBIT, json("{'choice': 1}")));
    }

    @Test
    void validationReportsEveryProblemWithItsPath() {
        List<DefinitionProblem> problems = type.validate(json("{'choices': ["
                + "{'id': 'a', 'text': {'text': '同じ', 'format': 'plain'}, 'fraction': 0.5},"
                + "{'id': 'a', 'text': {'text': '同じ', 'format': 'plain'}, 'fraction': 2},"
                + "{'id': 'b b', 'text': {'text': '', 'format': 'rtf'}}], 'shufle': true}"));
        Set<String> paths = new HashSet<>();
        problems.forEach(p -> paths.add(p.path() + " " + p.message().key()));
        assertEquals(Set.of("shufle quiz.unknown-field", "choices[1].id quiz.duplicate-id",
                "choices[1].text quiz.duplicate-text", "choices[1].fraction quiz.out-of-range",
                "choices[2].id quiz.bad-id", "choices[2].text.format quiz.bad-format", "choices[2].text quiz.required",
                "choices single-choice.no-right-choice"), paths);
        DefinitionProblem noRight = problems.stream().filter(p -> p.path().equals("choices")).findFirst().orElseThrow();
        assertEquals("正解（評点 100%）の選択肢が1つ以上必要です。", noRight.message().ja());
        assertEquals("At least one choice must be right (worth 100%).", noRight.message().en());
    }

    @Test
    void gradingAnInvalidDefinitionFailsLoudly() {
        assertThrows(InvalidDefinitionException.class, () -> type.grade(json("{'choices': []}"), json("{}")));
    }

    @Test
    void presentationShowsTheChoicesInALearnersOwnStableOrderAndNothingElse() {
        JsonObject p = type.presentation(LOCKBIT, seed(42));
        assertGivesNothingAway(p, "半田病院を暗号化", "WannaCryは2017年");
        assertEquals(p, type.presentation(LOCKBIT, seed(42)), "a reload shows the same order");
        Set<String> orders = new HashSet<>();
        for (long s = 0; s < 20; s++) {
            orders.add(type.presentation(LOCKBIT, seed(s)).getJsonArray("choices").toString());
        }
        assertTrue(orders.size() > 1, "learners see different orders");
        assertEquals(Set.of("id", "text"), p.getJsonArray("choices").getJsonObject(0).keySet());
    }

    @Test
    void withoutShuffleTheAuthorsOrderIsKept() {
        JsonObject fixed = json(LOCKBIT.toString().replace("]}", "], \"shuffle\": false}"));
        assertEquals("c1", type.presentation(fixed, seed(7)).getJsonArray("choices").getJsonObject(0).getString("id"));
    }

    @Test
    void rightAnswerNamesTheFullMarkChoice() {
        assertEquals("LockBit 2.0", type.rightAnswer(LOCKBIT, Locale.JAPANESE).orElseThrow());
    }
}
