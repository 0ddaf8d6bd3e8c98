package jp.medsec.lms.web.rest;

import jakarta.json.JsonObject;
import jp.medsec.lms.web.support.HttpSession;
import jp.medsec.lms.web.support.HttpSession.Reply;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Trainers import courses in the content format; learners and anonymous callers may not. */
class AuthoringIT {

    private static String course(String slug, String activityType) {
        return """
                {"slug": "%s", "track": "STF", "title": {"ja": "院内研修 2026", "en": "In-house training 2026"},
                 "summary": {"ja": "当院の規程に沿った短い研修"}, "minutes": 15,
                 "modules": [{"title": {"ja": "第1章"}, "activities": [
                   {"key": "rules", "type": "%s", "title": {"ja": "当院のルール"}, "minutes": 15,
                    "settings": {"markdown": "## 当院のルール\\n\\nUSBメモリは許可されたものだけを使います。"}}]}]}
                """.formatted(slug, activityType);
    }

    @Test
    void anAdministratorImportsAPublishedCourseThatLearnersCanThenTake() {
        HttpSession admin = HttpSession.administrator();
        String slug = "inhouse-" + UUID.randomUUID().toString().substring(0, 8);
        Reply imported = admin.post("/api/courses?publish=true", course(slug, "page"));
        assertEquals(201, imported.status(), imported.body());
        String id = imported.json().getString("id");

        JsonObject outline = new HttpSession().get("/api/courses/" + id).json();
        assertEquals("院内研修 2026", outline.getJsonObject("title").getString("ja"));
        assertTrue(new HttpSession().get("/api/tracks/STF").body().contains(slug), "listed in its track");

        HttpSession learner = new HttpSession();
        learner.registerLearner("受講 者");
        assertEquals(201, learner.post("/api/courses/" + id + "/enrolment", "{}").status());

        Reply again = admin.post("/api/courses", course(slug, "page"));
        assertEquals(409, again.status(), again.body());
        assertEquals("/problems/course.slug-taken", again.json().getString("type"));
    }

    @Test
    void aDraftIsNotVisibleToLearners() {
        HttpSession admin = HttpSession.administrator();
        Reply imported = admin.post("/api/courses", course("draft-" + UUID.randomUUID().toString().substring(0, 8), "page"));
        assertEquals(201, imported.status(), imported.body());
        assertEquals(404, new HttpSession().get("/api/courses/" + imported.json().getString("id")).status());
    }

    @Test
    void invalidContentIsRefusedWithThePathOfEachProblemAndNothingIsStored() {
        HttpSession admin = HttpSession.administrator();
        String slug = "broken-" + UUID.randomUUID().toString().substring(0, 8);
        Reply unknownType = admin.post("/api/courses", course(slug, "hologram"));
        assertEquals(400, unknownType.status(), unknownType.body());
        assertTrue(unknownType.json().getJsonArray("violations").getJsonObject(0).getString("field")
                .endsWith("modules[0].activities[0].type"), unknownType.body());
        assertTrue(!new HttpSession().get("/api/tracks/STF").body().contains(slug));

        Reply missingTitle = admin.post("/api/courses", course(slug, "page").replace("\"title\": {\"ja\": \"当院のルール\"}, ", ""));
        assertEquals(400, missingTitle.status());
        assertEquals("course: modules[0].activities[0].title.ja",
                missingTitle.json().getJsonArray("violations").getJsonObject(0).getString("field"));
    }

    @Test
    void learnersAndAnonymousCallersCannotImport() {
        String doc = course("nope-" + UUID.randomUUID().toString().substring(0, 8), "page");
        Reply anonymous = new HttpSession().post("/api/courses", doc);
        assertEquals(401, anonymous.status());
        assertEquals("/problems/auth.required", anonymous.json().getString("type"));

        HttpSession learner = new HttpSession();
        learner.registerLearner("看護 花子");
        Reply forbidden = learner.post("/api/courses", doc);
        assertEquals(403, forbidden.status(), forbidden.body());
        assertTrue(forbidden.isProblem(), forbidden.contentType());
        assertEquals("/problems/auth.forbidden", forbidden.json().getString("type"));
    }
}
