package jp.medsec.lms.quiz.interchange;

import jakarta.json.JsonObject;
import jp.medsec.lms.quiz.domain.model.question.CategoryPath;
import jp.medsec.lms.quiz.domain.model.question.Question;
import jp.medsec.lms.quiz.questiontype.BuiltInQuestionTypes;
import jp.medsec.lms.quiz.questiontype.QuestionTypeRegistry;
import jp.medsec.lms.quiz.questiontype.numeric.NumericDefinition;
import jp.medsec.lms.quiz.questiontype.numeric.NumericType;
import jp.medsec.lms.quiz.spi.FormattedText;
import jp.medsec.lms.quiz.spi.TextFormat;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static jp.medsec.lms.quiz.interchange.GiftImporterTest.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Export then import gives the same questions, for every built-in type. */
class MoodleXmlRoundTripTest {

    private final QuestionTypeRegistry registry = BuiltInQuestionTypes.registry();
    private final MoodleXmlExporter exporter = new MoodleXmlExporter();
    private final MoodleXmlImporter importer = new MoodleXmlImporter(registry);

    private List<Question> roundTrip(List<Question> questions) {
        ExportResult exported = exporter.export(questions);
        assertEquals(List.of(), exported.issues());
        ImportResult back = importer.read(exported.xml().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(List.of(), back.errors(), exported.xml());
        return back.accept(ImportPolicy.ALL_OR_NOTHING);
    }

    @Test
    void giftQuestionsOfEveryTypeSurviveTheRoundTrip() throws IOException {
        List<Question> questions = new GiftImporter(registry).read(resource("all-types.gift"))
                .accept(ImportPolicy.ALL_OR_NOTHING);
        assertEquals(questions, roundTrip(questions));
    }

    @Test
    void moodleQuestionsSurviveTheRoundTripIncludingHtmlUnitsAndOrdering() throws IOException {
        List<Question> questions = importer.read(resource("moodle-export.xml")).accept(ImportPolicy.SKIP_INVALID);
        assertEquals(8, questions.size());
        assertEquals(questions, roundTrip(questions));
    }

    @Test
    void theSeedQuizzesSurviveTheRoundTrip() throws IOException {
        List<Question> all = new ArrayList<>();
        for (String slug : SeedQuestionsTest.courses()) {
            all.addAll(SeedQuestionsTest.read(new GiftImporter(registry), slug).accept(ImportPolicy.ALL_OR_NOTHING));
        }
        assertEquals(all, roundTrip(all));
    }

    @Test
    void markupAndRootCategoryAndOddNumbers() {
        NumericDefinition numeric = new NumericDefinition(
                List.of(new NumericDefinition.Answer(new BigDecimal("0.30"), new BigDecimal("0.050"), 1, FormattedText.EMPTY)),
                FormattedText.markdown("**もう一度**"), List.of(new NumericDefinition.Unit("万円", new BigDecimal("0.0001"))));
        Question q = new Question(NumericType.ID, "<記号> & \"引用\"", new FormattedText("a < b && c > d", TextFormat.PLAIN),
                0.5, FormattedText.EMPTY, CategoryPath.ROOT, List.of("タグ<1>"), numeric.toJson());
        assertEquals(List.of(q), roundTrip(List.of(q)));
        assertTrue(exporter.export(List.of(q)).xml().contains("<text>$course$/top</text>"));
    }

    @Test
    void aPluginTypeWithoutAMoodleCounterpartIsReportedNotWritten() {
        JsonObject def = jakarta.json.Json.createObjectBuilder().build();
        Question hotspot = new Question("hotspot", "画像", FormattedText.plain("クリック"), 1, FormattedText.EMPTY,
                CategoryPath.ROOT, List.of(), def);
        ExportResult r = exporter.export(List.of(hotspot));
        assertEquals("xml.export-unsupported", r.issues().get(0).message().key());
        assertEquals(1, r.issues().get(0).questionNumber());
        assertTrue(!r.xml().contains("画像"));
    }
}
