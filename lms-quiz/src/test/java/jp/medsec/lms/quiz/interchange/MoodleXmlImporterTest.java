package jp.medsec.lms.quiz.interchange;

import jp.medsec.lms.quiz.TestJson;
import jp.medsec.lms.quiz.domain.model.question.Question;
import jp.medsec.lms.quiz.questiontype.BuiltInQuestionTypes;
import jp.medsec.lms.quiz.questiontype.QuestionTypeRegistry;
import jp.medsec.lms.quiz.questiontype.essay.EssayDefinition;
import jp.medsec.lms.quiz.questiontype.matching.MatchingDefinition;
import jp.medsec.lms.quiz.questiontype.multipleresponse.MultipleResponseDefinition;
import jp.medsec.lms.quiz.questiontype.numeric.NumericType;
import jp.medsec.lms.quiz.questiontype.ordering.OrderingDefinition;
import jp.medsec.lms.quiz.questiontype.shortanswer.ShortAnswerDefinition;
import jp.medsec.lms.quiz.questiontype.singlechoice.SingleChoiceDefinition;
import jp.medsec.lms.quiz.questiontype.truefalse.TrueFalseDefinition;
import jp.medsec.lms.quiz.spi.Choice;
import jp.medsec.lms.quiz.spi.TextFormat;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static jp.medsec.lms.quiz.interchange.GiftImporterTest.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MoodleXmlImporterTest {

    private final QuestionTypeRegistry registry = BuiltInQuestionTypes.registry();
    private final MoodleXmlImporter importer = new MoodleXmlImporter(registry);

    private ImportResult export() throws IOException {
        return importer.read(resource("moodle-export.xml"));
    }

    private Question question(String name) throws IOException {
        return export().questions().stream().map(ImportedQuestion::question).filter(q -> q.name().equals(name))
                .findFirst().orElseThrow();
    }

    @Test
    void readsEverySupportedTypeWithItsPositionAndCategory() throws IOException {
        ImportResult r = export();
        assertEquals(List.of("single-choice", "multiple-response", "true-false", "short-answer", "numeric", "matching",
                "essay", "ordering"), r.questions().stream().map(q -> q.question().typeId()).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), r.questions().stream().map(ImportedQuestion::number).toList());
        assertEquals(List.of(14, 60, 97, 110, 123, 143, 161, 174), r.questions().stream().map(ImportedQuestion::line).toList());
        assertEquals(List.of("Default for 医療セキュリティ研修", "バックアップ"), r.questions().get(0).question().category().segments());
        assertEquals(List.of("立入検査"), r.questions().get(2).question().category().segments());
    }

    @Test
    void htmlInCdataStaysHtmlAndCommonFieldsComeAcross() throws IOException {
        Question q = question("バックアップの世代");
        assertEquals(TextFormat.HTML, q.text().format());
        assertEquals("<p>ガイドラインが求める<strong>バックアップ</strong>の考え方はどれですか。</p>", q.text().text());
        assertEquals("<p>出典：医療情報システムの安全管理に関するガイドライン 第6.0版</p>", q.generalFeedback().text());
        assertEquals(2.0, q.defaultMark());
        assertEquals(List.of("バックアップ", "SYS"), q.tags());
        SingleChoiceDefinition d = SingleChoiceDefinition.fromJson(q.definition());
        assertFalse(d.shuffle());
        assertEquals("<p>暗号化の巻き添えになります &amp; 復旧できません。</p>", d.choices().get(1).feedback().text());
        assertEquals(List.of(1.0, 0.0), d.choices().stream().map(Choice::fraction).toList());
    }

    @Test
    void multipleAnswerChoiceUsesMoodlesPercentages() throws IOException {
        Question q = question("オフライン扱いのバックアップ");
        assertEquals("公式Q&Aでオフラインとみなされる例をすべて選んでください。", q.text().text());
        assertEquals(TextFormat.PLAIN, q.text().format(), "moodle_auto_format reads as plain text");
        MultipleResponseDefinition d = MultipleResponseDefinition.fromJson(q.definition());
        assertEquals(List.of(0.3333333, 0.3333333, 0.3333333, -1.0), d.choices().stream().map(Choice::fraction).toList());
        assertTrue(d.shuffle());
    }

    @Test
    void trueFalseShortAnswerNumericMatchingEssayOrdering() throws IOException {
        TrueFalseDefinition tf = TrueFalseDefinition.fromJson(question("自己点検").definition());
        assertFalse(tf.correct());
        assertEquals("代えられません。", tf.feedbackTrue().text());
        ShortAnswerDefinition sa = ShortAnswerDefinition.fromJson(question("根拠条文").definition());
        assertFalse(sa.caseSensitive());
        assertEquals(List.of("第25条", "25"), sa.answers().stream().map(ShortAnswerDefinition.Answer::pattern).toList());

        Question numeric = question("検査の頻度");
        NumericType type = new NumericType();
        assertEquals(1.0, type.grade(numeric.definition(), TestJson.json("{'text': '5年'}")).fraction());
        assertEquals(1.0, type.grade(numeric.definition(), TestJson.json("{'text': '60か月'}")).fraction(),
                "Moodle's multiplier: 60 months are 5 years exactly");
        assertEquals("病院は毎年、診療所は5年に1回です。",
                type.grade(numeric.definition(), TestJson.json("{'text': '3'}")).feedback().get(0).text());

        MatchingDefinition m = MatchingDefinition.fromJson(question("様式と記入者").definition());
        assertEquals(List.of("<p>医療機関確認用</p>", "<p>事業者確認用</p>"),
                m.pairs().stream().map(p -> p.stem().text()).toList());
        assertEquals(List.of("都道府県"), m.distractors().stream().map(MatchingDefinition.Answer::text).toList());

        EssayDefinition e = EssayDefinition.fromJson(question("不備への対応").definition());
        assertEquals("不備：\n対応：\n目標日：", e.responseTemplate().text());
        assertEquals("目標日の記入があれば可", e.graderInfo().text());

        OrderingDefinition o = OrderingDefinition.fromJson(question("BCPの段階").definition());
        assertEquals(List.of("平時", "検知", "初動対応", "復旧処理", "事後対応"),
                o.items().stream().map(i -> i.text().text()).toList());
    }

    @Test
    void unsupportedTypesAndDroppedSettingsAreReportedByPosition() throws IOException {
        List<String> issues = export().issues().stream()
                .map(i -> i.severity() + " " + i.questionNumber() + "@" + i.line() + " " + i.message().key()).toList();
        assertEquals(List.of(
                "WARNING 2@60 xml.combined-feedback-ignored",
                "WARNING 8@174 xml.ordering-grading",
                "WARNING 9@189 xml.description-skipped",
                "ERROR 10@194 xml.unsupported-type",
                "ERROR 11@199 xml.unsupported-type"), issues);
        InterchangeIssue calculated = export().errors().get(0);
        assertEquals("10問目（194行目）: 問題の種類「calculated」には対応していません。この問題は取り込みません。",
                calculated.describe(Locale.JAPANESE));
        assertEquals("Question 10 (line 194): Question type \"calculated\" is not supported; this question is not imported.",
                calculated.describe(Locale.ENGLISH));
    }

    @Test
    void malformedXmlIsOneErrorWithItsLine() throws IOException {
        ImportResult r = importer.read(resource("malformed.xml"));
        assertEquals(1, r.issues().size());
        InterchangeIssue e = r.issues().get(0);
        assertEquals("xml.malformed", e.message().key());
        assertEquals(5, e.line());
        assertTrue(e.message().ja().startsWith("XMLとして読めません（5行目）: "), e.message().ja());
        assertEquals(0, r.questions().size());
    }

    @Test
    void xxeIsImpossible() throws IOException {
        String hostname = Files.exists(Path.of("/etc/hostname")) ? Files.readString(Path.of("/etc/hostname")).strip() : "";
        ImportResult r = importer.read(resource("xxe.xml"));
        assertEquals(List.of("xml.doctype"), r.issues().stream().map(i -> i.message().key()).toList());
        assertTrue(r.issues().get(0).line() >= 2, "the error points at the DOCTYPE");
        assertTrue(r.questions().isEmpty());
        if (!hostname.isEmpty()) {
            assertFalse(r.issues().toString().contains(hostname), "the file's content never reaches the result");
        }
    }

    @Test
    void anEntityWithoutADtdIsMalformed() throws IOException {
        ImportResult r = importer.read(resource("undeclared-entity.xml"));
        assertEquals(List.of("xml.malformed"), r.issues().stream().map(i -> i.message().key()).toList());
        assertTrue(r.questions().isEmpty());
    }

    @Test
    void aFileThatIsNotMoodleXmlSaysSo() {
        ImportResult r = importer.read("<?xml version=\"1.0\"?>\n<html><body/></html>".getBytes());
        assertEquals("Moodle XML形式ではありません（最上位の要素が <quiz> ではなく <html> です）。", r.issues().get(0).message().ja());
    }
}
