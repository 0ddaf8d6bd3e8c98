package jp.medsec.lms.quiz.questiontype.ordering;

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

/** The longest-ordered-subsequence rule of the package description. */
class OrderingTypeTest {

    private final OrderingType type = new OrderingType();

    /** The five BCP phases, A to E. */
    private static final JsonObject BCP = json("{'items': ["
            + "{'id': 'A', 'text': {'text': '平時', 'format': 'plain'}},"
            + "{'id': 'B', 'text': {'text': '検知', 'format': 'plain'}},"
            + "{'id': 'C', 'text': {'text': '初動対応', 'format': 'plain'}},"
            + "{'id': 'D', 'text': {'text': '復旧処理', 'format': 'plain'}},"
            + "{'id': 'E', 'text': {'text': '事後対応', 'format': 'plain'}}]}");

    private double grade(String... order) {
        StringBuilder b = new StringBuilder("{'order': [");
        for (int i = 0; i < order.length; i++) {
            b.append(i == 0 ? "" : ",").append('\'').append(order[i]).append('\'');
        }
        return type.grade(BCP, json(b.append("]}").toString())).fraction();
    }

    @Test
    void oneMisplacedItemCostsOneItem() {
        assertEquals(1.0, grade("A", "B", "C", "D", "E"));
        assertEquals(0.8, grade("A", "C", "D", "B", "E"), 1e-9);
        assertEquals(0.8, grade("B", "C", "D", "E", "A"), 1e-9, "a shifted block keeps its order");
        assertEquals(0.6, grade("A", "B", "E", "D", "C"), 1e-9);
    }

    @Test
    void aReversedOrderEarnsNothing() {
        assertEquals(0.0, grade("E", "D", "C", "B", "A"));
    }

    @Test
    void theResponseMustPlaceEveryItemOnce() {
        assertThrows(InvalidResponseException.class, () -> grade("A", "B", "C", "D"));
        assertThrows(InvalidResponseException.class, () -> grade("A", "A", "C", "D", "E"));
        assertThrows(InvalidResponseException.class, () -> grade("A", "B", "C", "D", "X"));
        assertEquals(0.0, type.grade(BCP, json("{}")).fraction());
    }

    @Test
    void presentationIsNeverTheRightOrder() {
        JsonObject two = json("{'items': [{'id': 'x', 'text': {'text': '遮断', 'format': 'plain'}},"
                + "{'id': 'y', 'text': {'text': '復旧', 'format': 'plain'}}]}");
        for (long s = 0; s < 50; s++) {
            JsonObject p = type.presentation(BCP, seed(s));
            assertGivesNothingAway(p);
            assertNotEquals(List.of("A", "B", "C", "D", "E"), ids(p));
            assertEquals(List.of("y", "x"), ids(type.presentation(two, seed(s))));
        }
    }

    private static List<String> ids(JsonObject p) {
        return p.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(i -> i.getString("id")).toList();
    }

    @Test
    void rightAnswerAndValidation() {
        assertEquals("平時 → 検知 → 初動対応 → 復旧処理 → 事後対応", type.rightAnswer(BCP, Locale.JAPANESE).orElseThrow());
        assertEquals("items quiz.too-few", type.validate(json("{'items': [{'id': 'x', 'text': {'text': 'a'}}]}"))
                .stream().map(x -> x.path() + " " + x.message().key()).findFirst().orElseThrow());
    }
}
