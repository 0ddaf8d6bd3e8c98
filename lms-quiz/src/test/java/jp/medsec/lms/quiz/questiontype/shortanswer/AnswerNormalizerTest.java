package jp.medsec.lms.quiz.questiontype.shortanswer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each rule of the normalisation, as a learner would type it. */
class AnswerNormalizerTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "ＡＢＣ１２３|abc123",
        "ｶﾀｶﾅ|カタカナ",
        "ランサムウェア|らんさむうぇあ",
        "ア|あ",
        "ヴ|ゔ",
        "LockBit 2.0|lockbit 2.0",
        "'  Active\u3000\u3000Directory  '|active directory",
        "医療　法|医療法",
        "医療 情報 システム|医療情報システム",
        "サ−バ|サーバ",
        "サーバー|サーバ",
        "コンピューター|コンピュータ",
        "ｻｰﾊﾞｰ|サーバ",
        "CVEー2018ー13379|cve-2018-13379",
        "CVE‐2018–13379|CVE-2018-13379",
        "ＣＶＥ－２０１８－１３３７９|cve-2018-13379",
        "平時〜事後対応|平時~事後対応",
    })
    void theseAreTheSameAnswer(String typed, String accepted) {
        assertEquals(AnswerNormalizer.normalize(accepted, false), AnswerNormalizer.normalize(typed, false));
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource(delimiter = '|', value = {
        "ランサム|ランサムウェア",
        "サーバ|サーブ",
        "12|1 2",
        "Active Directory|ActiveDirectory",
    })
    void theseAreNot(String typed, String accepted) {
        assertFalse(AnswerNormalizer.matches(accepted, typed, false));
    }

    @ParameterizedTest(name = "{0} matches {1}")
    @CsvSource(delimiter = '|', value = {
        "ランサムウェア|ランサム*",
        "ﾗﾝｻﾑｳｪｱ攻撃|*ウェア*",
        "二要素認証|*要素認証",
        "a*b|a\\*b",
        "ransomware|RANSOM＊",
    })
    void wildcardsMatchAnyRun(String typed, String pattern) {
        assertTrue(AnswerNormalizer.matches(pattern, typed, false));
    }

    @org.junit.jupiter.api.Test
    void caseCountsOnlyWhenTheQuestionSaysSo() {
        assertTrue(AnswerNormalizer.matches("LockBit", "lockbit", false));
        assertFalse(AnswerNormalizer.matches("LockBit", "lockbit", true));
        assertTrue(AnswerNormalizer.matches("LockBit", "ＬｏｃｋＢｉｔ", true), "width never counts");
        assertFalse(AnswerNormalizer.matches("a\\*b", "axxb", false), "an escaped asterisk is literal");
    }
}
