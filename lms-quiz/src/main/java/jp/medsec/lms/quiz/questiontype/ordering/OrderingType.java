package jp.medsec.lms.quiz.questiontype.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jp.medsec.lms.quiz.spi.DefinitionProblem;
import jp.medsec.lms.quiz.spi.DefinitionReader;
import jp.medsec.lms.quiz.spi.GradeResult;
import jp.medsec.lms.quiz.spi.InvalidResponseException;
import jp.medsec.lms.quiz.spi.PresentationOptions;
import jp.medsec.lms.quiz.spi.QuestionType;
import jp.medsec.lms.quiz.spi.QuestionTypeDescriptor;
import jp.medsec.lms.quiz.spi.Shuffler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Ordering. Presentation: {@code {"items": [{"id", "text"}...]}}, shuffled and never in the right order.
 * Response: {@code {"order": ["<id>", ...]}}, every item exactly once. Grade: longest ordered subsequence (see
 * the package description).
 */
@ApplicationScoped
public class OrderingType implements QuestionType {

    public static final String ID = "ordering";

    private static final QuestionTypeDescriptor DESCRIPTOR =
            new QuestionTypeDescriptor(ID, "1.0.0", "1.0", "Ordering");

    @Override
    public QuestionTypeDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<DefinitionProblem> validate(JsonObject definition) {
        DefinitionReader reader = new DefinitionReader();
        OrderingDefinition.read(definition, reader);
        return reader.problems();
    }

    @Override
    public JsonObject presentation(JsonObject definition, PresentationOptions options) {
        OrderingDefinition d = OrderingDefinition.fromJson(definition);
        JsonArrayBuilder items = Json.createArrayBuilder();
        Shuffler.shuffleAwayFromOriginal(d.items(), options.shuffleSeed(), 1).forEach(i -> items.add(i.toJson()));
        return Json.createObjectBuilder().add("items", items).build();
    }

    @Override
    public GradeResult grade(JsonObject definition, JsonObject response) {
        OrderingDefinition d = OrderingDefinition.fromJson(definition);
        JsonValue value = response.get("order");
        if (value == null || value == JsonValue.NULL) {
            return GradeResult.graded(0, List.of());
        }
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < d.items().size(); i++) {
            position.put(d.items().get(i).id(), i);
        }
        if (!(value instanceof JsonArray array) || array.size() != d.items().size()) {
            throw new InvalidResponseException(OrderingDefinition.MESSAGES.message("ordering.bad-response"));
        }
        List<Integer> given = new ArrayList<>();
        for (JsonValue v : array) {
            Integer p = v instanceof JsonString s ? position.get(s.getString()) : null;
            if (p == null || given.contains(p)) {
                throw new InvalidResponseException(OrderingDefinition.MESSAGES.message("ordering.bad-response"));
            }
            given.add(p);
        }
        int ordered = longestIncreasingSubsequence(given);
        return GradeResult.graded(ordered < 2 ? 0 : (double) ordered / given.size(), List.of());
    }

    /** Length of the longest strictly increasing subsequence (patience sorting, n log n). */
    static int longestIncreasingSubsequence(List<Integer> values) {
        int[] tails = new int[values.size()];
        int size = 0;
        for (int v : values) {
            int lo = 0;
            int hi = size;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tails[mid] < v) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            tails[lo] = v;
            if (lo == size) {
                size++;
            }
        }
        return size;
    }

    @Override
    public Optional<String> rightAnswer(JsonObject definition, Locale locale) {
        OrderingDefinition d = OrderingDefinition.fromJson(definition);
        return Optional.of(d.items().stream().map(i -> i.text().toPlainText()).collect(Collectors.joining(" → ")));
    }
}
