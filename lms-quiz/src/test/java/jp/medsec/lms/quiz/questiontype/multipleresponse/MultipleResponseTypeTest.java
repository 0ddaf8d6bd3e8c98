package jp.medsec.lms.quiz.questiontype.multipleresponse;

import jakarta.json.JsonObject;
import jp.medsec.lms.quiz.spi.DefinitionProblem;
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

/** The partial-credit rule of the package description, example by example. */
class MultipleResponseTypeTest {

    private final MultipleResponseType type = new MultipleResponseType();

    /** Right A and B at 50% each, wrong C at -100%, wrong D at -50%. */
    private static final JsonObject OSAKA = json("{'choices': ["
            + "{'id': 'a', 'text': {'text': '全利用者が管理者権限', 'format': 'plain'}, 'fraction': 0.5,"
            + " 'feedback': {'text': '報告書の指摘です。', 'format': 'plain'}},"
            + "{'id': 'b', 'text': {'text': 'ID・パスワードの共用', 'format': 'plain'}, 'fraction': 0.5},"
            + "{'id': 'c', 'text': {'text': 'USBメモリからの感染', 'format': 'plain'}, 'fraction': -1,"
            + " 'feedback': {'text': '侵入経路はVPNです。', 'format': 'plain'}},"
            + "{'id': 'd', 'text': {'text': '停電', 'format': 'plain'}, 'fraction': -0.5}]}");

    private double grade(String... ids) {
        StringBuilder b = new StringBuilder("{'choices': [");
        for (int i = 0; i < ids.length; i++) {
            b.append(i == 0 ? "" : ",").append('\'').append(ids[i]).append('\'');
        }
        return type.grade(OSAKA, json(b.append("]}").toString())).fraction();
    }

    @Test
    void eachRightChoiceEarnsItsShare() {
        assertEquals(0.5, grade("a"));
        assertEquals(1.0, grade("a", "b"));
        assertEquals(0.0, grade());
    }

    @Test
    void wrongChoicesArePenalisedAndTheGradeStopsAtZero() {
        assertEquals(0.5, grade("a", "b", "d"));
        assertEquals(0.0, grade("a", "c"));
        assertEquals(0.0, grade("a", "b", "c", "d"));
        assertEquals(0.0, grade("d"));
    }

    @Test
    void feedbackOfEveryTickedChoiceInDefinitionOrder() {
        GradeResult r = type.grade(OSAKA, json("{'choices': ['c', 'a']}"));
        assertEquals(List.of(FormattedText.plain("報告書の指摘です。"), FormattedText.plain("侵入経路はVPNです。")), r.feedback());
    }

    @Test
    void thirdsAddUpToFullMarksAsInMoodle() {
        JsonObject thirds = json("{'choices': ["
                + "{'id': 'a', 'text': {'text': 'A', 'format': 'plain'}, 'fraction': 0.3333333},"
                + "{'id': 'b', 'text': {'text': 'B', 'format': 'plain'}, 'fraction': 0.3333333},"
                + "{'id': 'c', 'text': {'text': 'C', 'format': 'plain'}, 'fraction': 0.3333333},"
                + "{'id': 'd', 'text': {'text': 'D', 'format': 'plain'}, 'fraction': -1}]}");
        assertEquals(List.of(), type.validate(thirds));
        assertEquals(1.0, type.grade(thirds, json("{'choices': ['a', 'b', 'c']}")).fraction());
    }

    @Test
    void refusesPositivesThatDoNotMakeOneHundredPercent() {
        List<DefinitionProblem> p = type.validate(json("{'choices': ["
                + "{'id': 'a', 'text': {'text': 'A', 'format': 'plain'}, 'fraction': 0.5},"
                + "{'id': 'b', 'text': {'text': 'B', 'format': 'plain'}, 'fraction': 0.4},"
                + "{'id': 'c', 'text': {'text': 'C', 'format': 'plain'}, 'fraction': -1}]}"));
        assertEquals(1, p.size());
        assertEquals("正解の選択肢の評点の合計は 100% にしてください（今は 90%）。", p.get(0).message().ja());
    }

    @Test
    void refusesADefinitionWhereTickingEverythingWins() {
        List<DefinitionProblem> p = type.validate(json("{'choices': ["
                + "{'id': 'a', 'text': {'text': 'A', 'format': 'plain'}, 'fraction': 0.5},"
                + "{'id': 'b', 'text': {'text': 'B', 'format': 'plain'}, 'fraction': 0.5},"
                + "{'id': 'c', 'text': {'text': 'C', 'format': 'plain'}, 'fraction': 0}]}"));
        assertEquals("multiple-response.ticking-all-wins", p.get(0).message().key());
    }

    @Test
    void refusesUnknownOrMalformedTicks() {
        assertThrows(InvalidResponseException.class, () -> type.grade(OSAKA, json("{'choices': ['z']}")));
        assertThrows(InvalidResponseException.class, () -> type.grade(OSAKA, json("{'choices': 'a'}")));
    }

    @Test
    void presentationGivesNeitherFractionsNorFeedbackNorHowManyAreRight() {
        JsonObject p = type.presentation(OSAKA, seed(3));
        assertGivesNothingAway(p, "報告書の指摘", "侵入経路はVPN");
        assertEquals(4, p.getJsonArray("choices").size());
        assertEquals(1, p.size());
    }

    @Test
    void rightAnswerListsThePositiveChoices() {
        assertEquals("全利用者が管理者権限 / ID・パスワードの共用", type.rightAnswer(OSAKA, Locale.ENGLISH).orElseThrow());
    }
}
