package jp.medsec.lms.bench.quiz;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jp.medsec.lms.quiz.domain.model.question.Question;
import jp.medsec.lms.quiz.interchange.GiftImporter;
import jp.medsec.lms.quiz.interchange.ImportPolicy;
import jp.medsec.lms.quiz.questiontype.BuiltInQuestionTypes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The right answers to the seeded STF questions, worked out from the seed GIFT file (never from the API, which
 * gives nothing away before review), as lms-web's QuizAnswers test helper does. Every learner answers everything
 * right, so a result below 100 % shows that saved answers were lost.
 */
final class AnswerKey {

    private final List<Question> questions;

    AnswerKey(String seedFile) {
        try (InputStream in = AnswerKey.class.getResourceAsStream("/jp/medsec/lms/quiz/seed/" + seedFile + ".gift")) {
            questions = new GiftImporter(BuiltInQuestionTypes.registry()).read(in.readAllBytes())
                    .accept(ImportPolicy.ALL_OR_NOTHING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All right responses of an attempt as the API shows it, as the answers map the autosave takes. */
    JsonObject allRight(JsonObject attempt) {
        JsonObjectBuilder answers = Json.createObjectBuilder();
        attempt.getJsonArray("questions").stream().map(JsonValue::asJsonObject)
                .forEach(s -> answers.add(String.valueOf(s.getInt("slot")), rightResponse(s)));
        return answers.build();
    }

    private JsonObject rightResponse(JsonObject slot) {
        String shown = normalise(slot.getString("text"));
        Question q = questions.stream().filter(x -> x.typeId().equals(slot.getString("type")))
                .filter(x -> shown.contains(prefix(normalise(x.text().text()))))
                .findFirst().orElseThrow(() -> new IllegalStateException("no seed question matches " + slot.getString("text")));
        JsonObject d = q.definition();
        return switch (q.typeId()) {
            case "single-choice" -> Json.createObjectBuilder().add("choice", d.getJsonArray("choices").stream()
                    .map(JsonValue::asJsonObject).filter(c -> c.getJsonNumber("fraction").doubleValue() >= 1)
                    .findFirst().orElseThrow().getString("id")).build();
            case "multiple-response" -> {
                JsonArrayBuilder ids = Json.createArrayBuilder();
                d.getJsonArray("choices").stream().map(JsonValue::asJsonObject)
                        .filter(c -> c.getJsonNumber("fraction").doubleValue() > 0).forEach(c -> ids.add(c.getString("id")));
                yield Json.createObjectBuilder().add("choices", ids).build();
            }
            case "true-false" -> Json.createObjectBuilder().add("answer", d.getBoolean("correct")).build();
            case "short-answer" -> Json.createObjectBuilder().add("text", d.getJsonArray("answers").stream()
                    .map(JsonValue::asJsonObject).filter(a -> a.getJsonNumber("fraction").doubleValue() >= 1)
                    .findFirst().orElseThrow().getString("pattern").replace("*", "")).build();
            case "numeric" -> Json.createObjectBuilder().add("text", d.getJsonArray("answers").stream()
                    .map(JsonValue::asJsonObject).filter(a -> a.getJsonNumber("fraction").doubleValue() >= 1)
                    .findFirst().orElseThrow().getJsonNumber("value").bigDecimalValue().toPlainString()).build();
            case "matching" -> {
                JsonObjectBuilder pairs = Json.createObjectBuilder();
                d.getJsonArray("pairs").stream().map(JsonValue::asJsonObject)
                        .forEach(p -> pairs.add(p.getString("id"), p.getString("answerId")));
                yield Json.createObjectBuilder().add("pairs", pairs).build();
            }
            case "ordering" -> {
                JsonArrayBuilder order = Json.createArrayBuilder();
                d.getJsonArray("items").stream().map(JsonValue::asJsonObject).forEach(i -> order.add(i.getString("id")));
                yield Json.createObjectBuilder().add("order", order).build();
            }
            default -> throw new IllegalStateException("no right answer for type " + q.typeId());
        };
    }

    private static String prefix(String s) {
        return s.substring(0, Math.min(20, s.length()));
    }

    private static String normalise(String html) {
        return html.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&").replaceAll("[\\s*_`\\\\]", "");
    }
}
