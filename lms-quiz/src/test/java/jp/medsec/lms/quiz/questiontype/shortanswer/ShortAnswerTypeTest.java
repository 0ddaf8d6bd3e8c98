package jp.medsec.lms.quiz.questiontype.shortanswer;

import jakarta.json.JsonObject;
import jp.medsec.lms.quiz.spi.DefinitionProblem;
import jp.medsec.lms.quiz.spi.FormattedText;
import jp.medsec.lms.quiz.spi.GradeResult;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static jp.medsec.lms.quiz.TestJson.assertGivesNothingAway;
import static jp.medsec.lms.quiz.TestJson.json;
import static jp.medsec.lms.quiz.TestJson.seed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShortAnswerTypeTest {

    private final ShortAnswerType type = new ShortAnswerType();

    private static final JsonObject GUIDELINE_PART = json("{'answers': ["
            + "{'pattern': '経営管理編', 'fraction': 1, 'feedback': {'text': '経営層向けの編です。', 'format': 'plain'}},"
            + "{'pattern': '経営*', 'fraction': 0.5, 'feedback': {'text': '正式名称は「経営管理編」です。', 'format': 'plain'}},"
            + "{'pattern': '*', 'fraction': 0, 'feedback': {'text': '4つの編のうち経営層向けを考えましょう。', 'format': 'plain'}}]}");

    private GradeResult grade(String typed) {
        return type.grade(GUIDELINE_PART, json("{'text': '" + typed + "'}"));
    }

    @Test
    void theFirstMatchingAnswerInTheAuthorsOrderDecides() {
        assertEquals(1.0, grade("経営管理編").fraction());
        assertEquals(List.of(FormattedText.plain("経営層向けの編です。")), grade("経営管理編").feedback());
        assertEquals(0.5, grade("経営編").fraction());
        GradeResult other = grade("概説編");
        assertEquals(0.0, other.fraction());
        assertEquals("4つの編のうち経営層向けを考えましょう。", other.feedback().get(0).text());
    }

    @Test
    void spacingAndWidthDoNotCostMarks() {
        assertEquals(1.0, grade("　経営 管理編 ").fraction());
    }

    @Test
    void anEmptyAnswerEarnsNothingWithoutFeedback() {
        GradeResult r = type.grade(GUIDELINE_PART, json("{}"));
        assertEquals(0.0, r.fraction());
        assertTrue(r.feedback().isEmpty());
    }

    @Test
    void caseSensitiveQuestionsCompareCase() {
        JsonObject d = json("{'answers': [{'pattern': 'LockBit', 'fraction': 1}], 'caseSensitive': true}");
        assertEquals(1.0, type.grade(d, json("{'text': 'ＬｏｃｋＢｉｔ'}")).fraction());
        assertEquals(0.0, type.grade(d, json("{'text': 'lockbit'}")).fraction());
    }

    @Test
    void validationFindsAnswersThatCanNeverMatchAndAMissingFullMark() {
        List<DefinitionProblem> p = type.validate(json("{'answers': ["
                + "{'pattern': 'サーバー', 'fraction': 0.5}, {'pattern': 'ｻｰﾊﾞ', 'fraction': 0.5}, {'pattern': '　', 'fraction': 0.5}]}"));
        List<String> keys = p.stream().map(x -> x.path() + " " + x.message().key()).toList();
        assertEquals(List.of("answers[1].pattern short-answer.same-as-earlier", "answers[2].pattern quiz.required",
                "answers short-answer.no-full-marks"), keys);
        assertEquals("「ｻｰﾊﾞ」は正規化すると 1 番目の解答と同じです。後の解答は使われません。", p.get(0).message().ja());
    }

    @Test
    void presentationIsAnEmptyBox() {
        JsonObject p = type.presentation(GUIDELINE_PART, seed(1));
        assertEquals(0, p.size());
        assertGivesNothingAway(p, "経営管理編", "経営層向け");
        assertEquals("経営管理編", type.rightAnswer(GUIDELINE_PART, Locale.JAPANESE).orElseThrow());
    }
}
