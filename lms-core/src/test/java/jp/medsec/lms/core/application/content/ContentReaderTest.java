package jp.medsec.lms.core.application.content;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentReaderTest {

    private static final String COURSE = """
            {"slug": "stf-basics", "track": "STF", "title": {"ja": "基本", "en": "Basics"}, "summary": {"ja": "概要"},
             "minutes": 60,
             "modules": [{"title": {"ja": "第1章"}, "activities": [
                {"key": "one", "type": "page", "title": {"ja": "1"}, "minutes": 10,
                 "settings": {"markdown": {"$file": "01-one.md"}, "minReadingSeconds": 30}}]}]}
            """;

    @Test
    void readsACourseAndInlinesReferencedFiles() {
        var course = ContentReader.course("course.json", COURSE, name -> Optional.ofNullable(Map.of("01-one.md", "## 本文").get(name)));
        assertEquals("stf-basics", course.slug());
        assertEquals("Basics", course.title().en());
        assertEquals(null, course.summary().en());
        var activity = course.modules().get(0).activities().get(0);
        assertTrue(activity.required(), "activities are required unless they say otherwise");
        assertEquals("## 本文", activity.settings().getString("markdown"));
        assertEquals(30, activity.settings().getInt("minReadingSeconds"));
    }

    @Test
    void reportsEveryProblemWithItsPath() {
        String broken = COURSE.replace("\"slug\": \"stf-basics\",", "").replace("\"minutes\": 60,", "\"minutes\": \"sixty\",");
        var e = assertThrows(ContentFormatException.class, () -> ContentReader.course("c.json", broken, name -> Optional.empty()));
        var fields = e.problems().stream().map(p -> p.field()).toList();
        assertTrue(fields.contains("c.json: $.slug"), fields.toString());
        assertTrue(fields.contains("c.json: $.minutes"), fields.toString());
        assertTrue(fields.contains("c.json: modules[0].activities[0].settings.markdown"), fields.toString());
    }

    @Test
    void malformedJsonNamesTheLine() {
        var e = assertThrows(ContentFormatException.class, () -> ContentReader.tracks("tracks.json", "[\n{\"code\": }"));
        assertTrue(e.problems().get(0).message().contains("line 2"), e.problems().toString());
    }

    @Test
    void certificateSettingsDefaultToTwelveMonthsJapaneseAndNoApproval() {
        var course = ContentReader.course("c.json", COURSE, name -> Optional.of("本文"));
        assertEquals(new ContentDocuments.CertificateSettings(12, "ja", false), course.certificate());
        String custom = COURSE.replace("\"minutes\": 60,", "\"minutes\": 60, \"certificate\": {\"validityMonths\": 0, \"template\": \"en\", \"approval\": true},");
        assertEquals(new ContentDocuments.CertificateSettings(0, "en", true), ContentReader.course("c.json", custom, name -> Optional.of("本文")).certificate());
    }

    @Test
    void badCertificateSettingsAreReportedEachWithItsPath() {
        String bad = COURSE.replace("\"minutes\": 60,", "\"minutes\": 60, \"certificate\": {\"validityMonths\": 121, \"template\": \"fr\", \"approval\": \"yes\"},");
        var e = assertThrows(ContentFormatException.class, () -> ContentReader.course("c.json", bad, name -> Optional.of("本文")));
        var fields = e.problems().stream().map(p -> p.field()).toList();
        assertEquals(java.util.List.of("c.json: $.certificate.validityMonths", "c.json: $.certificate.template", "c.json: $.certificate.approval"), fields);
    }
}
