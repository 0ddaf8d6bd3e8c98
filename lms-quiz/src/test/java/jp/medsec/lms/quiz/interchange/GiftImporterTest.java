package jp.medsec.lms.quiz.interchange;

import jp.medsec.lms.quiz.domain.model.question.CategoryPath;
import jp.medsec.lms.quiz.domain.model.question.Question;
import jp.medsec.lms.quiz.questiontype.BuiltInQuestionTypes;
import jp.medsec.lms.quiz.questiontype.QuestionTypeRegistry;
import jp.medsec.lms.quiz.questiontype.essay.EssayType;
import jp.medsec.lms.quiz.questiontype.matching.MatchingDefinition;
import jp.medsec.lms.quiz.questiontype.multipleresponse.MultipleResponseDefinition;
import jp.medsec.lms.quiz.questiontype.numeric.NumericDefinition;
import jp.medsec.lms.quiz.questiontype.shortanswer.ShortAnswerDefinition;
import jp.medsec.lms.quiz.questiontype.singlechoice.SingleChoiceDefinition;
import jp.medsec.lms.quiz.questiontype.truefalse.TrueFalseDefinition;
import jp.medsec.lms.quiz.spi.Choice;
import jp.medsec.lms.quiz.spi.FormattedText;
import jp.medsec.lms.quiz.spi.TextFormat;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GiftImporterTest {

    private final QuestionTypeRegistry registry = BuiltInQuestionTypes.registry();
    private final GiftImporter importer = new GiftImporter(registry);

    static byte[] resource(String name) throws IOException {
        try (InputStream in = GiftImporterTest.class.getResourceAsStream("/interchange/" + name)) {
            return Objects.requireNonNull(in, name).readAllBytes();
        }
    }

    private List<ImportedQuestion> allTypes() throws IOException {
        ImportResult r = importer.read(resource("all-types.gift"));
        assertEquals(List.of(), r.issues());
        return r.questions();
    }

    @Test
    void readsEveryTypeWithItsPositionCategoryAndTags() throws IOException {
        List<ImportedQuestion> qs = allTypes();
        assertEquals(List.of("single-choice", "multiple-response", "true-false", "true-false", "single-choice",
                "short-answer", "numeric", "numeric", "matching", "essay", "single-choice"),
                qs.stream().map(q -> q.question().typeId()).toList());
        assertEquals(List.of(6, 13, 19, 21, 25, 27, 29, 31, 33, 39, 41), qs.stream().map(ImportedQuestion::line).toList());
        Question first = qs.get(0).question();
        assertEquals("半田病院の被害", first.name());
        assertEquals(CategoryPath.parse("経営者/ランサムウェア"), first.category());
        assertEquals(List.of("事例", "半田病院"), first.tags());
        assertEquals(FormattedText.plain("出典: 有識者会議調査報告書（2022年6月）"), first.generalFeedback());
        assertEquals(1.0, first.defaultMark());
        assertEquals(List.of("システム管理者"), qs.get(4).question().category().segments());
    }

    @Test
    void singleChoiceKeepsFractionsAndPerAnswerFeedback() throws IOException {
        List<Choice> choices = SingleChoiceDefinition.fromJson(allTypes().get(0).question().definition()).choices();
        assertEquals(List.of("LockBit 2.0", "Phobos", "WannaCry"), choices.stream().map(c -> c.text().text()).toList());
        assertEquals(List.of(1.0, 0.0, 0.0), choices.stream().map(Choice::fraction).toList());
        assertEquals("大阪の事案です。", choices.get(1).feedback().text());
        assertTrue(choices.get(2).feedback().isBlank());
    }

    @Test
    void markdownFormatReachesTheAnswersAndWeightsBecomeFractions() throws IOException {
        Question q = allTypes().get(1).question();
        assertEquals(TextFormat.MARKDOWN, q.text().format());
        assertEquals("**大阪急性期・総合医療センター**の報告書が指摘した問題をすべて選んでください。", q.text().text());
        List<Choice> choices = MultipleResponseDefinition.fromJson(q.definition()).choices();
        assertEquals(List.of(0.5, 0.5, -1.0), choices.stream().map(Choice::fraction).toList());
        assertEquals(TextFormat.MARKDOWN, choices.get(0).text().format());
    }

    @Test
    void trueFalseFeedbackFollowsMoodle() throws IOException {
        List<ImportedQuestion> qs = allTypes();
        TrueFalseDefinition t = TrueFalseDefinition.fromJson(qs.get(2).question().definition());
        assertTrue(t.correct());
        assertEquals("報告書を読み返しましょう。", t.feedbackFalse().text(), "the first feedback is for a wrong answer");
        assertEquals("そのとおりです。", t.feedbackTrue().text());
        assertTrue(qs.get(2).question().name().startsWith("半田病院では電子カルテ端末"), "untitled questions are named by their text");
        TrueFalseDefinition f = TrueFalseDefinition.fromJson(qs.get(3).question().definition());
        assertEquals(false, f.correct());
        assertEquals("閉域網でも侵入されます。", f.feedbackTrue().text());
        assertEquals("正解です。", f.feedbackFalse().text());
        assertEquals("出典: ガイドライン第6.0版", qs.get(3).question().generalFeedback().text());
    }

    @Test
    void escapesAreLiteralCharacters() throws IOException {
        Question q = allTypes().get(4).question();
        assertEquals("次の文字列で、波括弧 { } と等号 = とチルダ ~ とシャープ # をそのまま書けますか。", q.text().text());
        List<Choice> choices = SingleChoiceDefinition.fromJson(q.definition()).choices();
        assertEquals("はい = 書けます", choices.get(0).text().text());
        assertEquals("{正解}でした", choices.get(0).feedback().text());
    }

    @Test
    void shortAnswerNumericMatchingEssayAndMissingWord() throws IOException {
        List<ImportedQuestion> qs = allTypes();
        ShortAnswerDefinition s = ShortAnswerDefinition.fromJson(qs.get(5).question().definition());
        assertEquals(List.of("経営管理編", "経営*"), s.answers().stream().map(ShortAnswerDefinition.Answer::pattern).toList());
        assertEquals(0.5, s.answers().get(1).fraction());
        NumericDefinition days = NumericDefinition.fromJson(qs.get(6).question().definition());
        assertEquals(new BigDecimal("73"), days.answers().get(0).value());
        NumericDefinition range = NumericDefinition.fromJson(qs.get(7).question().definition());
        assertEquals(new BigDecimal("16.5"), range.answers().get(0).value());
        assertEquals(new BigDecimal("3.5"), range.answers().get(0).tolerance());
        assertEquals("長さは十分です。", range.answers().get(0).feedback().text());
        MatchingDefinition m = MatchingDefinition.fromJson(qs.get(8).question().definition());
        assertEquals(2, m.pairs().size());
        assertEquals(List.of("USBメモリ"), m.distractors().stream().map(MatchingDefinition.Answer::text).toList());
        assertEquals("VPN機器の脆弱性", m.answerText(m.pairs().get(0).answerId()));
        Question essay = qs.get(9).question();
        assertEquals(EssayType.ID, essay.typeId());
        assertEquals("良い計画には連絡体制図が含まれます。", essay.generalFeedback().text());
        assertEquals("インシデントが起きたら、まず外部との _____ 遮断します。", qs.get(10).question().text().text());
    }

    @Test
    void everyBadQuestionIsReportedByNumberAndLineInJapaneseAndEnglish() throws IOException {
        ImportResult r = importer.read(resource("errors.gift"));
        assertEquals(List.of("正しい1", "正しい2"), r.questions().stream().map(q -> q.question().name()).toList());
        List<String> where = r.issues().stream()
                .map(i -> i.severity() + " " + i.questionNumber() + "@" + i.line() + " " + i.message().key()).toList();
        assertEquals(List.of(
                "ERROR 2@5 gift.no-closing-brace",
                "ERROR 4@9 gift.bad-weight",
                "ERROR 5@11 gift.ordering-unsupported",
                "WARNING 6@17 gift.description-skipped",
                "ERROR 7@19 gift.several-answer-blocks",
                "ERROR 8@21 gift.bad-number",
                "ERROR 9@23 multiple-response.positives-not-100",
                "ERROR 10@25 gift.unclosed-title"), where);
        InterchangeIssue sum = r.issues().get(6);
        assertEquals("definition.choices", sum.field());
        assertEquals("9問目（23行目）: definition.choices: 正解の選択肢の評点の合計は 100% にしてください（今は 80%）。",
                sum.describe(Locale.JAPANESE));
        assertEquals("Question 2 (line 5): A \"{\" has no matching \"}\". Write \"\\{\" for a literal brace.",
                r.issues().get(0).describe(Locale.ENGLISH));
    }

    @Test
    void theCallerChoosesAllOrNothingOrSkipping() throws IOException {
        ImportResult r = importer.read(resource("errors.gift"));
        ImportRejectedException e = assertThrows(ImportRejectedException.class,
                () -> r.accept(ImportPolicy.ALL_OR_NOTHING));
        assertEquals(7, e.errors().size(), "warnings do not block an import");
        assertEquals(2, r.accept(ImportPolicy.SKIP_INVALID).size());
        assertEquals(1, r.warnings().size());
    }

    @Test
    void aShiftJisFileIsOneClearError() throws IOException {
        ImportResult r = importer.read(resource("shift-jis.gift"));
        assertEquals(0, r.questions().size());
        assertEquals(1, r.issues().size());
        assertEquals("gift.not-utf8", r.issues().get(0).message().key());
        assertTrue(r.issues().get(0).message().ja().contains("Shift_JIS"));
    }

    @Test
    void withOrWithoutByteOrderMark() {
        byte[] plain = "::a::問題{T}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);
        assertEquals(importer.read(plain).questions().get(0).question(), importer.read(bom).questions().get(0).question());
        assertEquals("a", importer.read(bom).questions().get(0).question().name());
    }

    @Test
    void aTypeThatIsNotInstalledIsReported() {
        GiftImporter withoutEssay = new GiftImporter(QuestionTypeRegistry.of(BuiltInQuestionTypes.all().stream()
                .filter(t -> !t.descriptor().id().equals(EssayType.ID)).toList()));
        ImportResult r = withoutEssay.read("::記述::書いてください。{}");
        assertEquals("question.unknown-type", r.errors().get(0).message().key());
    }

    @Test
    void windowsLineEndingsAndCommentsInsideAQuestion() {
        ImportResult r = importer.read("// 先頭のコメント\r\n::a::問題\r\n// 途中のコメント [tag:途中]\r\n{=はい ~いいえ}\r\n");
        assertEquals(List.of(), r.issues());
        assertEquals(List.of("途中"), r.questions().get(0).question().tags());
        assertEquals(2, r.questions().get(0).line());
    }
}
