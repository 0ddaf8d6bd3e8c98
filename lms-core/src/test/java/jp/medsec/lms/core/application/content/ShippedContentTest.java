package jp.medsec.lms.core.application.content;

import jp.medsec.lms.activity.live.LiveSessionActivityType;
import jp.medsec.lms.activity.page.PageActivityType;
import jp.medsec.lms.core.application.content.ContentDocuments.ActivityDocument;
import jp.medsec.lms.core.application.content.ContentDocuments.CourseDocument;
import jp.medsec.lms.core.application.content.ContentDocuments.TrackDocument;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed content is data: check that all of it reads, fits its plugins, and covers the five tracks. */
class ShippedContentTest {

    private static Optional<String> resource(String name) {
        try (InputStream in = ShippedContentTest.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theFiveTracksOfTheProgrammeAreThere() {
        List<TrackDocument> tracks = ContentReader.tracks("tracks.json", resource("content/tracks.json").orElseThrow());
        assertEquals(List.of("EXE", "SYS", "STF", "INS", "TRN"), tracks.stream().map(TrackDocument::code).toList());
        tracks.forEach(t -> assertTrue(t.name().en() != null && t.description().en() != null, t.code()));
    }

    @Test
    void everyTrackHasAOneHourCourseOfValidCitedLessonPagesAndAQuiz() throws Exception {
        PageActivityType page = new PageActivityType();
        LiveSessionActivityType live = new LiveSessionActivityType();
        List<String> slugs = resource("content/courses.txt").orElseThrow().lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        Set<String> tracks = slugs.stream().map(slug -> {
            String folder = "content/courses/" + slug + "/";
            CourseDocument course = ContentReader.course(folder + "course.json",
                    resource(folder + "course.json").orElseThrow(), name -> resource(folder + name));
            List<ActivityDocument> activities = course.modules().stream().flatMap(m -> m.activities().stream()).toList();
            assertEquals(60, course.minutes(), slug);
            // An optional live session is the same hour held online, another way through the course, not a segment.
            assertEquals(60, activities.stream().filter(a -> !a.type().equals(LiveSessionActivityType.ID))
                    .mapToInt(ActivityDocument::minutes).sum(), slug + ": segments add up to the hour");
            assertEquals(1, activities.stream().filter(a -> a.type().equals("quiz")).count(), slug + " ends with one quiz");
            for (ActivityDocument a : activities) {
                if (a.type().equals("quiz")) {
                    continue; // the quiz plugin checks its settings against the seed bank (lms-quiz SeedCoursesTest)
                }
                if (a.type().equals(LiveSessionActivityType.ID)) {
                    assertFalse(a.required(), slug + "/" + a.key() + ": live sessions are optional");
                    assertDoesNotThrow(() -> live.validateSettings(a.settings()), slug + "/" + a.key());
                    continue;
                }
                assertEquals("page", a.type());
                try {
                    page.validateSettings(a.settings());
                } catch (Exception e) {
                    throw new AssertionError(slug + "/" + a.key() + ": " + e.getMessage(), e);
                }
                String markdown = a.settings().getString("markdown");
                assertTrue(markdown.contains("## 出典") && markdown.contains("https://"), slug + "/" + a.key() + " cites its sources");
                assertTrue(a.title().en() != null, slug + "/" + a.key() + " has an English title");
            }
            return course.track();
        }).collect(Collectors.toSet());
        assertEquals(Set.of("EXE", "SYS", "STF", "INS", "TRN"), tracks);
    }
}
