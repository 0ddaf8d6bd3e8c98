package jp.medsec.lms.quiz.questiontype.truefalse;

import jakarta.json.JsonObject;
import jp.medsec.lms.quiz.spi.FormattedText;
import jp.medsec.lms.quiz.spi.GradeResult;
import jp.medsec.lms.quiz.spi.InvalidResponseException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static jp.medsec.lms.quiz.TestJson.assertGivesNothingAway;
import static jp.medsec.lms.quiz.TestJson.json;
import static jp.medsec.lms.quiz.TestJson.seed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TrueFalseTypeTest {

    private final TrueFalseType type = new TrueFalseType();

    private static final JsonObject CLOSED_NETWORK = json("{'correct': false,"
            + " 'feedbackTrue': {'text': '閉域網でも保守用VPNから侵入されました。', 'format': 'plain'},"
            + " 'feedbackFalse': {'text': 'そのとおりです。', 'format': 'plain'}}");

    @Test
    void theRightJudgementEarnsFullMarksAndEachAnswerGetsItsOwnFeedback() {
        GradeResult right = type.grade(CLOSED_NETWORK, json("{'answer': false}"));
        assertEquals(1.0, right.fraction());
        assertEquals(List.of(FormattedText.plain("そのとおりです。")), right.feedback());
        GradeResult wrong = type.grade(CLOSED_NETWORK, json("{'answer': true}"));
        assertEquals(0.0, wrong.fraction());
        assertEquals(List.of(FormattedText.plain("閉域網でも保守用VPNから侵入されました。")), wrong.feedback());
        assertEquals(0.0, type.grade(CLOSED_NETWORK, json("{}")).fraction());
    }

    @Test
    void aStringIsNotAnAnswer() {
        assertThrows(InvalidResponseException.class, () -> type.grade(CLOSED_NETWORK, json("{'answer': 'false'}")));
    }

    @Test
    void correctIsRequired() {
        assertEquals("correct", type.validate(json("{}")).get(0).path());
    }

    @Test
    void presentationIsEmpty() {
        JsonObject p = type.presentation(CLOSED_NETWORK, seed(1));
        assertEquals(0, p.size());
        assertGivesNothingAway(p, "閉域網", "そのとおり");
    }

    @Test
    void rightAnswerInTheReadersLanguage() {
        assertEquals("誤り", type.rightAnswer(CLOSED_NETWORK, Locale.JAPANESE).orElseThrow());
        assertEquals("False", type.rightAnswer(CLOSED_NETWORK, Locale.ENGLISH).orElseThrow());
    }
}
