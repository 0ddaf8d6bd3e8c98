package jp.medsec.lms.quiz.questiontype.matching;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jp.medsec.lms.quiz.spi.InvalidResponseException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static jp.medsec.lms.quiz.TestJson.assertGivesNothingAway;
import static jp.medsec.lms.quiz.TestJson.json;
import static jp.medsec.lms.quiz.TestJson.seed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MatchingTypeTest {

    private final MatchingType type = new MatchingType();

    /** Guideline parts and their readers, with one distractor. */
    private static final JsonObject PARTS = json("{'pairs': ["
            + "{'id': 's1', 'stem': {'text': '経営管理編', 'format': 'plain'}, 'answerId': 'a1'},"
            + "{'id': 's2', 'stem': {'text': '企画管理編', 'format': 'plain'}, 'answerId': 'a2'},"
            + "{'id': 's3', 'stem': {'text': 'システム運用編', 'format': 'plain'}, 'answerId': 'a3'},"
            + "{'id': 's4', 'stem': {'text': '概説編', 'format': 'plain'}, 'answerId': 'a4'}],"
            + " 'answers': [{'id': 'a1', 'text': '経営層'}, {'id': 'a2', 'text': '企画管理者'},"
            + " {'id': 'a3', 'text': 'システム運用担当者'}, {'id': 'a4', 'text': '全員'}, {'id': 'a5', 'text': '患者'}]}");

    @Test
    void eachRightPairEarnsAnEqualShare() {
        assertEquals(1.0, type.grade(PARTS, json("{'pairs': {'s1': 'a1', 's2': 'a2', 's3': 'a3', 's4': 'a4'}}")).fraction());
        assertEquals(0.75, type.grade(PARTS, json("{'pairs': {'s1': 'a1', 's2': 'a2', 's3': 'a3', 's4': 'a5'}}")).fraction());
        assertEquals(0.5, type.grade(PARTS, json("{'pairs': {'s1': 'a1', 's2': 'a2'}}")).fraction(), "unpaired stems earn nothing");
        assertEquals(0.25, type.grade(PARTS, json("{'pairs': {'s1': 'a1', 's2': null}}")).fraction());
        assertEquals(0.0, type.grade(PARTS, json("{}")).fraction());
    }

    @Test
    void unknownIdsAreRefused() {
        assertThrows(InvalidResponseException.class, () -> type.grade(PARTS, json("{'pairs': {'s9': 'a1'}}")));
        assertThrows(InvalidResponseException.class, () -> type.grade(PARTS, json("{'pairs': {'s1': 'a9'}}")));
        assertThrows(InvalidResponseException.class, () -> type.grade(PARTS, json("{'pairs': ['s1']}")));
    }

    @Test
    void validationChecksPairsAndAnswers() {
        var p = type.validate(json("{'pairs': [{'id': 's1', 'stem': {'text': 'A', 'format': 'plain'}, 'answerId': 'zz'}],"
                + " 'answers': [{'id': 'a1', 'text': 'x'}, {'id': 'a2', 'text': 'x'}]}"));
        assertEquals(List.of("answers[1].text matching.duplicate-answer", "pairs quiz.too-few",
                "pairs[0].answerId matching.unknown-answer"), p.stream().map(x -> x.path() + " " + x.message().key()).toList());
    }

    @Test
    void presentationShufflesAnswersAwayFromTheStemsEvenWithoutShuffle() {
        JsonObject fixed = json(PARTS.toString().replace("]}", "], \"shuffle\": false}"));
        for (long s = 0; s < 30; s++) {
            JsonObject p = type.presentation(fixed, seed(s));
            assertGivesNothingAway(p, "answerId");
            JsonArray stems = p.getJsonArray("stems");
            assertEquals("s1", stems.getJsonObject(0).getString("id"), "without shuffle the stems keep their order");
            List<String> answers = p.getJsonArray("answers").getValuesAs(JsonObject.class).stream()
                    .map(a -> a.getString("id")).toList();
            assertEquals(5, answers.size(), "distractors are offered too");
            assertNotEquals(List.of("a1", "a2", "a3", "a4", "a5"), answers, "answers never line up with the stems");
        }
    }

    @Test
    void rightAnswerListsThePairs() {
        assertEquals("経営管理編 → 経営層; 企画管理編 → 企画管理者; システム運用編 → システム運用担当者; 概説編 → 全員",
                type.rightAnswer(PARTS, Locale.JAPANESE).orElseThrow());
    }
}
