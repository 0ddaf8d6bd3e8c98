package jp.medsec.lms.quiz.interchange;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jp.medsec.lms.quiz.activity.QuizActivityType;
import jp.medsec.lms.quiz.domain.model.question.Question;
import jp.medsec.lms.quiz.domain.model.quiz.QuizSettings;
import jp.medsec.lms.quiz.questiontype.BuiltInQuestionTypes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each seeded course (lms-core's content) ends in a quiz whose settings the quiz plugin accepts and whose draws
 * find at least 12 of that course's seed questions, so a new installation's quizzes can start.
 */
class SeedCourseQuizzesTest {

    static List<String> courses() throws IOException {
        return SeedQuestionsTest.courses();
    }

    @ParameterizedTest
    @MethodSource("courses")
    void theCoursesQuizDrawsAtLeastTwelveOfItsSeedQuestions(String slug) throws Exception {
        JsonObject course;
        try (InputStream in = getClass().getResourceAsStream("/content/courses/" + slug + "/course.json")) {
            course = Json.createReader(Objects.requireNonNull(in, slug)).readObject();
        }
        List<JsonObject> quizzes = course.getJsonArray("modules").stream()
                .flatMap(m -> m.asJsonObject().getJsonArray("activities").stream()).map(JsonValue::asJsonObject)
                .filter(a -> a.getString("type").equals(QuizActivityType.ID)).toList();
        assertEquals(1, quizzes.size(), slug);
        JsonObject settings = quizzes.get(0).getJsonObject("settings");
        new QuizActivityType().validateSettings(settings);

        List<Question> bank = SeedQuestionsTest.read(new GiftImporter(BuiltInQuestionTypes.registry()), slug)
                .accept(ImportPolicy.ALL_OR_NOTHING);
        int drawn = 0;
        for (QuizSettings.Draw draw : QuizSettings.fromJson(settings).draws()) {
            assertEquals(course.getString("track"), draw.tag(), slug + " draws its own track's questions");
            long available = bank.stream().filter(q -> q.tags().contains(draw.tag())).count();
            drawn += draw.count() == 0 ? (int) available : draw.count();
            assertTrue(available >= draw.count(), slug + ": " + available + " questions for " + draw);
        }
        assertTrue(drawn >= 12, slug + " quiz has " + drawn + " questions");
    }
}
