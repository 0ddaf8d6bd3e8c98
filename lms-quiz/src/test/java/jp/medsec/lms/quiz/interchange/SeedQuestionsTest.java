package jp.medsec.lms.quiz.interchange;

import jp.medsec.lms.quiz.domain.model.question.Question;
import jp.medsec.lms.quiz.questiontype.BuiltInQuestionTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed quizzes: one GIFT file per seeded course, named after the course's slug. */
class SeedQuestionsTest {

    private final GiftImporter importer = new GiftImporter(BuiltInQuestionTypes.registry());

    /** The seeded courses, from lms-core's content (one slug per line, in catalogue order). */
    static List<String> courses() throws IOException {
        try (InputStream in = SeedQuestionsTest.class.getResourceAsStream("/content/courses.txt")) {
            String text = new String(Objects.requireNonNull(in, "lms-core's content/courses.txt").readAllBytes(),
                    StandardCharsets.UTF_8);
            return Arrays.stream(text.split("\n")).map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        }
    }

    static ImportResult read(GiftImporter importer, String slug) throws IOException {
        try (InputStream in = SeedQuestionsTest.class.getResourceAsStream("/jp/medsec/lms/quiz/seed/" + slug + ".gift")) {
            return importer.read(Objects.requireNonNull(in, "no seed quiz for course " + slug).readAllBytes());
        }
    }

    @Test
    void everySeededCourseHasAQuiz() throws IOException {
        assertEquals(5, courses().size());
    }

    @ParameterizedTest
    @MethodSource("courses")
    void importsWithoutAnyIssue(String slug) throws IOException {
        ImportResult result = read(importer, slug);
        assertEquals(List.of(), result.issues());
        List<Question> questions = result.accept(ImportPolicy.ALL_OR_NOTHING);
        assertTrue(questions.size() >= 12, slug + " has " + questions.size() + " questions");
        for (Question q : questions) {
            assertTrue(q.generalFeedback().text().contains("出典"), q.name() + " cites no source");
            assertTrue(q.tags().contains(slug.substring(0, 3).toUpperCase()), q.name() + " lacks its track tag");
            assertTrue(q.category().segments().size() == 2, q.name() + " is not filed under track/topic");
        }
        assertEquals(questions.size(), questions.stream().map(Question::name).distinct().count(), "names are unique");
    }

    @ParameterizedTest
    @MethodSource("courses")
    void mixesQuestionTypes(String slug) throws IOException {
        Set<String> types = read(importer, slug).questions().stream().map(q -> q.question().typeId())
                .collect(Collectors.toSet());
        assertTrue(types.containsAll(Set.of("single-choice", "multiple-response", "true-false")), slug + ": " + types);
        assertTrue(types.size() >= 5, slug + " uses only " + types);
    }
}
