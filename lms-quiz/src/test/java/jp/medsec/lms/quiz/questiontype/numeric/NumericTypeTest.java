package jp.medsec.lms.quiz.questiontype.numeric;

import jakarta.json.JsonObject;
import jp.medsec.lms.quiz.spi.GradeResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import static jp.medsec.lms.quiz.TestJson.assertGivesNothingAway;
import static jp.medsec.lms.quiz.TestJson.json;
import static jp.medsec.lms.quiz.TestJson.seed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumericTypeTest {

    private final NumericType type = new NumericType();

    /** Osaka's lost revenue question: over ¥1 billion, accepted from 10 to 15 億円, typed in any unit. */
    private static final JsonObject REVENUE = json("{'answers': ["
            + "{'value': 1250000000, 'tolerance': 250000000, 'fraction': 1, 'feedback': {'text': '10億円を超えました。', 'format': 'plain'}},"
            + "{'value': 200000000, 'tolerance': 0, 'fraction': 0.25, 'feedback': {'text': 'それは半田病院の費用です。', 'format': 'plain'}}],"
            + " 'otherwiseFeedback': {'text': '報告書の数字を確認しましょう。', 'format': 'plain'},"
            + " 'units': [{'name': '円', 'multiplier': 1}, {'name': '万円', 'multiplier': 0.0001}, {'name': '億円', 'multiplier': 0.00000001}]}");

    private static final JsonObject DAYS = json("{'answers': [{'value': 73, 'tolerance': 0, 'fraction': 1}],"
            + " 'units': [{'name': '日', 'multiplier': 1}, {'name': '週', 'multiplier': 0.142857}]}");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "1,100,000,000|1.0", "１，１００，０００，０００円|1.0", "11億円|1.0", "11 億円|1.0", "110000万円|1.0",
        "2億円|0.25", "200,000,000|0.25", "1.6e9|0.0", "1.5e9|1.0", "5億円|0.0",
    })
    void readsNumbersAsLearnersTypeThem(String typed, double fraction) {
        assertEquals(fraction, type.grade(REVENUE, json("{'text': '" + typed + "'}")).fraction());
    }

    @Test
    void theUnitIsOptionalAndFullWidthDigitsCount() {
        assertEquals(1.0, type.grade(DAYS, json("{'text': '７３'}")).fraction());
        assertEquals(1.0, type.grade(DAYS, json("{'text': '73日'}")).fraction());
        assertEquals(0.0, type.grade(DAYS, json("{'text': '72'}")).fraction());
    }

    @Test
    void feedbackComesFromTheMatchingAnswerOrTheOtherwiseFeedback() {
        assertEquals("それは半田病院の費用です。", type.grade(REVENUE, json("{'text': '2億円'}")).feedback().get(0).text());
        assertEquals("報告書の数字を確認しましょう。", type.grade(REVENUE, json("{'text': '3億円'}")).feedback().get(0).text());
    }

    @Test
    void anUnreadableNumberEarnsNothingWithANote() {
        for (String typed : List.of("たくさん", "1,00", "73か月", "12.5.3")) {
            GradeResult r = type.grade(DAYS, json("{'text': '" + typed + "'}"));
            assertEquals(0.0, r.fraction(), typed);
            assertEquals("numeric.unreadable", r.notes().get(0).key(), typed);
        }
    }

    @Test
    void negativeNumbersWithAnyMinus() {
        JsonObject below = json("{'answers': [{'value': -5, 'tolerance': 0.5, 'fraction': 1}]}");
        for (String typed : List.of("-5", "−5", "－５", "ー5.4")) {
            assertEquals(1.0, type.grade(below, json("{'text': '" + typed + "'}")).fraction(), typed);
        }
    }

    @Test
    void toleranceIsExactInDecimal() {
        JsonObject d = json("{'answers': [{'value': 0.3, 'tolerance': 0.1, 'fraction': 1}]}");
        assertEquals(1.0, type.grade(d, json("{'text': '0.4'}")).fraction(), "0.3 + 0.1 is 0.4, not 0.39999...");
        assertEquals(0.0, type.grade(d, json("{'text': '0.41'}")).fraction());
    }

    @Test
    void validationReportsBadUnitsAndTolerances() {
        var p = type.validate(json("{'answers': [{'value': 1, 'tolerance': -1, 'fraction': 0.5}],"
                + " 'units': [{'name': '円', 'multiplier': 1}, {'name': '円', 'multiplier': 0}, {'name': '2倍', 'multiplier': 2}]}"));
        assertEquals(List.of("answers[0].tolerance numeric.negative-tolerance", "answers numeric.no-full-marks",
                        "units[1].multiplier numeric.bad-multiplier", "units[1].name numeric.duplicate-unit",
                        "units[2].name numeric.bad-unit"),
                p.stream().map(x -> x.path() + " " + x.message().key()).toList());
    }

    @Test
    void presentationListsUnitsOnly() {
        JsonObject p = type.presentation(REVENUE, seed(1));
        assertEquals(List.of("円", "万円", "億円"), p.getJsonArray("units").getValuesAs(jakarta.json.JsonString::getString));
        assertGivesNothingAway(p, "1250000000", "250000000", "10億円を超え", "半田病院");
        assertEquals("73 日", type.rightAnswer(DAYS, Locale.JAPANESE).orElseThrow());
        assertEquals("1250000000 ± 250000000 円", type.rightAnswer(REVENUE, Locale.JAPANESE).orElseThrow());
    }

    @Test
    void numberReaderIsExact() {
        assertEquals(0, new BigDecimal("1000").compareTo(NumberReader.read("１，０００", List.of()).orElseThrow()));
        assertTrue(NumberReader.read("", List.of()).isEmpty());
    }
}
