package jp.medsec.lms.web.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A quiz of a test's own: its questions (Moodle XML {@code <question>} elements) imported into a new bank category,
 * and a published STF course whose one activity is a quiz drawing all of them with the given settings. No other
 * test's attempts or questions are touched.
 */
public final class Quizzes {

    private Quizzes() {
    }

    public record Quiz(String courseId, String activityId, String slug, String category) {

        /** The quiz's API path, {@code /api/courses/{c}/activities/{a}/quiz}. */
        public String api() {
            return "/api/courses/" + courseId + "/activities/" + activityId + "/quiz";
        }
    }

    /**
     * @param questionsXml {@code <question type="...">} elements
     * @param settings     the quiz's settings without {@code draw}, as JSON object text ({@code "{}"} for defaults)
     */
    public static Quiz create(HttpSession trainer, String title, String questionsXml, String settings) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String category = "テスト用-" + tag;
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><quiz><question type=\"category\"><category><text>" + category
                + "</text></category></question>" + questionsXml + "</quiz>";
        HttpSession.Reply imported = trainer.postBytes("/api/quiz/bank/import?format=moodle-xml",
                xml.getBytes(StandardCharsets.UTF_8), "application/xml");
        if (imported.status() != 200) {
            throw new AssertionError("question import failed: " + imported);
        }
        JsonObject quizSettings;
        try (var r = Json.createReader(new java.io.StringReader(settings))) {
            quizSettings = Json.createObjectBuilder(r.readObject()).add("draw", Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("category", category).add("count", 0))).build();
        }
        String slug = "quiz-" + tag;
        JsonObject course = Json.createObjectBuilder().add("slug", slug).add("track", "STF")
                .add("title", Json.createObjectBuilder().add("ja", title + " " + tag)).add("summary", Json.createObjectBuilder().add("ja", "確認用"))
                .add("minutes", 10).add("modules", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("title", Json.createObjectBuilder().add("ja", "章"))
                        .add("activities", Json.createArrayBuilder().add(Json.createObjectBuilder().add("key", "q").add("type", "quiz")
                                .add("title", Json.createObjectBuilder().add("ja", "確認テスト")).add("minutes", 10)
                                .add("settings", quizSettings))))).build();
        HttpSession.Reply created = HttpSession.administrator().post("/api/courses?publish=true", course.toString());
        if (created.status() != 201) {
            throw new AssertionError("course import failed: " + created);
        }
        String courseId = created.json().getString("id");
        String activityId = new HttpSession().get("/api/courses/" + courseId).json().getJsonArray("modules").getJsonObject(0)
                .getJsonArray("activities").getJsonObject(0).getString("id");
        return new Quiz(courseId, activityId, slug, category);
    }

    /** An essay worth {@code mark}, with a note for graders. */
    public static String essay(String name, String text, int mark) {
        return "<question type=\"essay\"><name><text>" + name + "</text></name><questiontext format=\"plain_text\"><text>" + text
                + "</text></questiontext><defaultgrade>" + mark + "</defaultgrade><responseformat>plain</responseformat>"
                + "<graderinfo format=\"plain_text\"><text>報告先と時刻が書かれていれば満点</text></graderinfo></question>";
    }

    /** A true/false question worth 1 whose right answer is {@code correct}. */
    public static String trueFalse(String name, String text, boolean correct) {
        return "<question type=\"truefalse\"><name><text>" + name + "</text></name><questiontext format=\"plain_text\"><text>" + text
                + "</text></questiontext><answer fraction=\"" + (correct ? 100 : 0) + "\"><text>true</text><feedback><text>"
                + (correct ? "その通りです" : "違います") + "</text></feedback></answer><answer fraction=\"" + (correct ? 0 : 100)
                + "\"><text>false</text><feedback><text>" + (correct ? "違います" : "その通りです") + "</text></feedback></answer></question>";
    }
}
