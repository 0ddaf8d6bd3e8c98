package jp.medsec.lms.quiz.questiontype.essay;

import jakarta.json.JsonObject;
import jp.medsec.lms.quiz.spi.GradeResult;
import jp.medsec.lms.quiz.spi.GradeStatus;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static jp.medsec.lms.quiz.TestJson.assertGivesNothingAway;
import static jp.medsec.lms.quiz.TestJson.json;
import static jp.medsec.lms.quiz.TestJson.seed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EssayTypeTest {

    private final EssayType type = new EssayType();

    private static final JsonObject DRILL_PLAN = json("{'responseFormat': 'markdown',"
            + " 'responseTemplate': {'text': '1. 想定する攻撃:\\n2. 参加者:\\n3. 評価の観点:', 'format': 'plain'},"
            + " 'graderInfo': {'text': '連絡体制図と紙運用への切替えに触れていれば満点', 'format': 'plain'}}");

    @Test
    void aPersonGradesEveryEssay() {
        GradeResult r = type.grade(DRILL_PLAN, json("{'text': '1. ランサムウェア\\n2. 全職員'}"));
        assertEquals(GradeStatus.NEEDS_MANUAL_GRADING, r.status());
        assertEquals(0.0, r.fraction());
        assertTrue(r.notes().isEmpty());
        assertFalse(type.gradesAutomatically());
        assertEquals("essay.blank", type.grade(DRILL_PLAN, json("{'text': '  '}")).notes().get(0).key());
    }

    @Test
    void presentationCarriesTheTemplateButNeverTheGraderInformation() {
        JsonObject p = type.presentation(DRILL_PLAN, seed(1));
        assertEquals("markdown", p.getString("responseFormat"));
        assertEquals("1. 想定する攻撃:\n2. 参加者:\n3. 評価の観点:", p.getJsonObject("responseTemplate").getString("text"));
        assertGivesNothingAway(p, "連絡体制図と紙運用", "満点");
        assertTrue(type.rightAnswer(DRILL_PLAN, Locale.JAPANESE).isEmpty());
    }

    @Test
    void htmlResponsesAreNotOffered() {
        assertEquals("essay.bad-response-format",
                type.validate(json("{'responseFormat': 'html'}")).get(0).message().key());
    }
}
