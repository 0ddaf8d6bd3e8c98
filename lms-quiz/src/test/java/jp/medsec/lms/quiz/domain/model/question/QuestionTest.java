package jp.medsec.lms.quiz.domain.model.question;

import jakarta.json.JsonObject;
import jp.medsec.lms.quiz.questiontype.BuiltInQuestionTypes;
import jp.medsec.lms.quiz.spi.FormattedText;
import jp.medsec.lms.quiz.spi.InvalidDefinitionException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static jp.medsec.lms.quiz.TestJson.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class QuestionTest {

    private static final JsonObject TRUE_FALSE = json("{'correct': true}");

    private static Question question(JsonObject definition) {
        return new Question("true-false", " 閉域網 ", FormattedText.markdown("閉域網は**安全**ではない。"), 2,
                FormattedText.plain("出典：ガイドライン第6.0版"), CategoryPath.parse("経営者/ランサムウェア"),
                List.of("閉域網", " 閉域網 ", "", "ゼロトラスト"), definition);
    }

    @Test
    void theStoredJsonReadsBackAsTheSameQuestion() {
        Question q = question(TRUE_FALSE);
        JsonObject stored = q.toJson();
        assertEquals(1, stored.getInt("schemaVersion"));
        assertEquals(List.of("経営者", "ランサムウェア"), stored.getJsonArray("category").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(q, Question.fromJson(stored));
    }

    @Test
    void namesAndTagsAreTidied() {
        Question q = question(TRUE_FALSE);
        assertEquals("閉域網", q.name());
        assertEquals(List.of("閉域網", "ゼロトラスト"), q.tags());
    }

    @Test
    void problemsComeFromTheCommonFieldsAndTheType() {
        Question bad = new Question("true-false", "名前", FormattedText.EMPTY, 1, FormattedText.EMPTY, CategoryPath.ROOT,
                List.of(), json("{'correct': 'yes'}"));
        assertEquals(List.of("text question.text-required", "definition.correct quiz.not-boolean"),
                bad.problems(BuiltInQuestionTypes.registry()).stream().map(p -> p.path() + " " + p.message().key()).toList());
        Question unknown = new Question("cloze", "名前", FormattedText.plain("本文"), 1, FormattedText.EMPTY,
                CategoryPath.ROOT, List.of(), TRUE_FALSE);
        assertEquals("問題形式「cloze」はインストールされていません。",
                unknown.problems(BuiltInQuestionTypes.registry()).get(0).message().ja());
    }

    @Test
    void fromJsonListsEveryProblem() {
        var e = assertThrows(InvalidDefinitionException.class, () -> Question.fromJson(json(
                "{'schemaVersion': 2, 'type': 'true-false', 'name': '', 'text': {'text': 'x'}, 'defaultMark': 0,"
                        + " 'category': ['a', ' '], 'tags': [], 'colour': 'red'}")));
        assertEquals(List.of("colour", "schemaVersion", "name", "defaultMark", "category", "definition"),
                e.problems().stream().map(p -> p.path()).toList());
    }

    @Test
    void constructorGuardsWhatEveryQuestionNeeds() {
        assertThrows(IllegalArgumentException.class, () -> new Question("essay", " ", FormattedText.plain("x"), 1,
                FormattedText.EMPTY, CategoryPath.ROOT, List.of(), TRUE_FALSE));
        assertThrows(IllegalArgumentException.class, () -> new Question("essay", "n", FormattedText.plain("x"), 0,
                FormattedText.EMPTY, CategoryPath.ROOT, List.of(), TRUE_FALSE));
        assertThrows(NullPointerException.class, () -> new Question(null, "n", FormattedText.plain("x"), 1,
                FormattedText.EMPTY, CategoryPath.ROOT, List.of(), TRUE_FALSE));
    }

    @Test
    void categoryPathsDoubleASlashInsideAName() {
        CategoryPath p = CategoryPath.parse("システム管理者/TCP//IP/ 設定 /");
        assertEquals(List.of("システム管理者", "TCP/IP", "設定"), p.segments());
        assertEquals("システム管理者/TCP//IP/設定", p.toString());
        assertEquals(p, CategoryPath.parse(p.toString()));
    }
}
