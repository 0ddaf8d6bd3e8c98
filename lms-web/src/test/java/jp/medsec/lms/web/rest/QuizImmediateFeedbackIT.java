package jp.medsec.lms.web.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jp.medsec.lms.web.support.HttpSession;
import jp.medsec.lms.web.support.HttpSession.Reply;
import jp.medsec.lms.web.support.Organisation;
import jp.medsec.lms.web.support.Quizzes;
import jp.medsec.lms.web.support.Quizzes.Quiz;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Immediate feedback over HTTP, with one question of every type that grades itself (and an essay): nothing about a
 * question is revealed before it is checked, whatever else was checked; checking grades it, locks its answer and
 * shows what review.during allows; a stale page, a second check, a changed checked answer, an essay and a quiz with
 * deferred feedback are refused; the final grade is the checked results'.
 */
class QuizImmediateFeedbackIT {

    static final String QUESTIONS = ""
            + "<question type=\"multichoice\"><name><text>IF 報告先</text></name><questiontext format=\"plain_text\"><text>"
            + "不審なメールを開いてしまったら、まず誰に報告しますか。</text></questiontext><single>true</single>"
            + "<answer fraction=\"100\"><text>院内の情報システム担当者</text><feedback><text>正しい報告先です</text></feedback></answer>"
            + "<answer fraction=\"0\"><text>メールの送信者</text><feedback><text>送信者には連絡しません</text></feedback></answer></question>"
            + "<question type=\"multichoice\"><name><text>IF 対策</text></name><questiontext format=\"plain_text\"><text>"
            + "ランサムウェア対策として正しいものをすべて選んでください。</text></questiontext><single>false</single>"
            + "<answer fraction=\"50\"><text>オフラインのバックアップを取る</text></answer>"
            + "<answer fraction=\"50\"><text>修正プログラムを適用する</text></answer>"
            + "<answer fraction=\"-100\"><text>パスワードを付箋に書いて貼る</text></answer></question>"
            + Quizzes.trueFalse("IF USB", "私物のUSBメモリは原則として持ち込まない。", true)
            + "<question type=\"shortanswer\"><name><text>IF 名称</text></name><questiontext format=\"plain_text\"><text>"
            + "身代金を要求するマルウェアを何と呼びますか(カタカナ)。</text></questiontext>"
            + "<answer fraction=\"100\"><text>ランサムウェア</text><feedback><text>身代金型です</text></feedback></answer></question>"
            + "<question type=\"numerical\"><name><text>IF 世代</text></name><questiontext format=\"plain_text\"><text>"
            + "バックアップは最低何世代残しますか(院内規程)。</text></questiontext>"
            + "<answer fraction=\"100\"><text>3</text><tolerance>0</tolerance><feedback><text>規程どおりです</text></feedback></answer></question>"
            + "<question type=\"matching\"><name><text>IF 組合せ</text></name><questiontext format=\"plain_text\"><text>"
            + "対策と目的を組み合わせてください。</text></questiontext>"
            + "<subquestion><text>UPS</text><answer><text>停電対策</text></answer></subquestion>"
            + "<subquestion><text>EDR</text><answer><text>端末の監視</text></answer></subquestion>"
            + "<subquestion><text></text><answer><text>紙の保管</text></answer></subquestion></question>"
            + "<question type=\"ordering\"><name><text>IF 順序</text></name><questiontext format=\"plain_text\"><text>"
            + "インシデント対応を順に並べてください。</text></questiontext>"
            + "<answer fraction=\"1\"><text>検知</text></answer><answer fraction=\"2\"><text>初動対応</text></answer>"
            + "<answer fraction=\"3\"><text>復旧</text></answer></question>"
            + Quizzes.essay("IF 記述", "報告の流れを書いてください。", 2);

    private static final Set<String> RESULT_FIELDS = Set.of("correctness", "marks", "rightAnswer", "feedback", "checked",
            "awaitingGrading", "comment");

    @Test
    void eachTypeRevealsNothingUntilCheckedAndLocksOnceChecked() {
        Organisation org = new Organisation();
        Quiz quiz = Quizzes.create(org.trainer.session(), "即時フィードバック", QUESTIONS,
                "{\"feedback\":\"immediate\",\"passPercent\":50,\"shuffleQuestions\":false}");
        HttpSession nurse = org.nurseA.session();
        nurse.post("/api/courses/" + quiz.courseId() + "/enrolment", "{}");
        JsonObject attempt = nurse.post(quiz.api() + "/attempts", "{}").json();
        String id = attempt.getString("id");
        String base = quiz.api() + "/attempts/" + id;
        assertEquals("immediate", attempt.getString("feedback"));
        List<JsonObject> slots = attempt.getJsonArray("questions").stream().map(JsonValue::asJsonObject).toList();
        assertEquals(8, slots.size());

        Set<Integer> checked = new HashSet<>();
        Map<String, Double> expectedMarks = new java.util.HashMap<>();
        int revision = 0;
        Set<String> typesChecked = new HashSet<>();
        for (JsonObject slot : slots) {
            if (slot.getString("type").equals("essay")) {
                continue;
            }
            int n = slot.getInt("slot");
            // Before checking this one: it and every other unchecked question reveal nothing, over HTTP.
            JsonObject now = nurse.get(base).json();
            for (JsonValue v : now.getJsonArray("questions")) {
                JsonObject q = v.asJsonObject();
                boolean isChecked = checked.contains(q.getInt("slot"));
                for (String field : RESULT_FIELDS) {
                    if (!isChecked) {
                        assertFalse(q.containsKey(field), field + " of an unchecked " + q.getString("type") + " question: " + q);
                    }
                }
                String presentation = q.getJsonObject("presentation").toString();
                for (String leak : List.of("fraction", "feedback", "answerId", "pattern", "tolerance", "correct")) {
                    assertFalse(presentation.contains("\"" + leak + "\""), leak + " in " + presentation);
                }
                if (isChecked) {
                    assertTrue(q.getBoolean("checked") && q.containsKey("correctness") && q.containsKey("marks"), q.toString());
                }
            }
            if (!typesChecked.contains("short-answer")) {
                assertFalse(now.toString().contains("身代金型です"), "the short answer's feedback before it is checked: " + now);
            }

            // Single choice answered wrongly on purpose; everything else rightly.
            boolean wrong = slot.getString("type").equals("single-choice");
            JsonObject response = response(slot, wrong);
            Reply reply = nurse.post(base + "/check", Json.createObjectBuilder().add("revision", revision).add("slot", n)
                    .add("response", response).build().toString());
            assertEquals(200, reply.status(), slot.getString("type") + ": " + reply);
            JsonObject result = reply.json();
            assertEquals(++revision, result.getInt("revision"));
            JsonObject q = result.getJsonObject("question");
            assertEquals(n, q.getInt("slot"));
            assertTrue(q.getBoolean("checked"));
            assertEquals(wrong ? "wrong" : "correct", q.getString("correctness"), slot.getString("type") + ": " + q);
            assertEquals(wrong ? 0.0 : 1.0, q.getJsonNumber("marks").doubleValue(), 0.001);
            assertFalse(q.getString("rightAnswer").isBlank());
            assertTrue(q.containsKey("feedback"));
            assertEquals(response, q.getJsonObject("response"));
            checked.add(n);
            typesChecked.add(slot.getString("type"));
            expectedMarks.put(String.valueOf(n), wrong ? 0.0 : 1.0);
        }
        assertEquals(Set.of("single-choice", "multiple-response", "true-false", "short-answer", "numeric", "matching", "ordering"),
                typesChecked);

        // Refusals: a stale page, a second check, changing or dropping a checked answer, checking an essay.
        JsonObject sc = slots.stream().filter(x -> x.getString("type").equals("single-choice")).findFirst().orElseThrow();
        JsonObject tf = slots.stream().filter(x -> x.getString("type").equals("true-false")).findFirst().orElseThrow();
        Reply stale = nurse.post(base + "/check", check(revision - 1, tf.getInt("slot"), Json.createObjectBuilder().add("answer", true).build()));
        assertEquals(409, stale.status());
        assertTrue(stale.body().contains("quiz.stale-answers"), stale.toString());
        Reply again = nurse.post(base + "/check", check(revision, sc.getInt("slot"), response(sc, false)));
        assertEquals(409, again.status());
        assertTrue(again.body().contains("quiz.already-checked"), again.toString());
        JsonObject saved = nurse.get(base).json();
        JsonObjectBuilder answers = Json.createObjectBuilder();
        saved.getJsonArray("questions").forEach(v -> {
            JsonObject q = v.asJsonObject();
            if (q.containsKey("response")) {
                answers.add(String.valueOf(q.getInt("slot")), q.getJsonObject("response"));
            }
        });
        JsonObject all = answers.build();
        Reply changed = nurse.send("PUT", base + "/answers", Json.createObjectBuilder().add("revision", revision)
                .add("answers", Json.createObjectBuilder(all).add(String.valueOf(sc.getInt("slot")), response(sc, false))).build().toString());
        assertEquals(409, changed.status());
        assertTrue(changed.body().contains("quiz.answer-checked"), changed.toString());
        int essay = slots.stream().filter(s -> s.getString("type").equals("essay")).findFirst().orElseThrow().getInt("slot");
        Reply essayCheck = nurse.post(base + "/check", check(revision, essay, Json.createObjectBuilder().add("text", "報告します").build()));
        assertEquals(400, essayCheck.status());
        assertTrue(essayCheck.body().contains("quiz.check-manual"), essayCheck.toString());
        // Saving with the checked answers unchanged and the essay written is fine.
        Reply ok = nurse.send("PUT", base + "/answers", Json.createObjectBuilder().add("revision", revision)
                .add("answers", Json.createObjectBuilder(all).add(String.valueOf(essay), Json.createObjectBuilder().add("text", "報告します"))).build().toString());
        assertEquals(200, ok.status(), ok.toString());
        assertEquals(revision + 1, nurse.get(base).json().getInt("revision"));

        // The final grade uses the checked results: 6 of 7 automatic marks, the essay waits for a grader.
        JsonObject finished = nurse.post(base + "/submit", "{}").json();
        assertTrue(finished.getBoolean("needsGrading"));
        for (JsonValue v : finished.getJsonArray("questions")) {
            JsonObject q = v.asJsonObject();
            Double expected = expectedMarks.get(String.valueOf(q.getInt("slot")));
            if (expected != null) {
                assertEquals(expected, q.getJsonNumber("marks").doubleValue(), 0.001, q.toString());
            }
        }
        JsonObject toGrade = org.trainer.session().get(quiz.api() + "/grading").array().stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getString("attemptId").equals(id)).findFirst().orElseThrow();
        JsonObject graded = org.trainer.session().send("PUT", quiz.api() + "/grading/" + id + "/slots/" + essay,
                Json.createObjectBuilder().add("version", toGrade.getJsonNumber("version")).add("mark", 2).build().toString()).json();
        assertEquals(88.89, graded.getJsonNumber("percent").doubleValue(), 0.01, "(6 + 2) / (7 + 2)");
    }

    @Test
    void reviewDuringLimitsWhatACheckShowsAndDeferredQuizzesCannotBeChecked() {
        Organisation org = new Organisation();
        HttpSession trainer = org.trainer.session();
        String tf = Quizzes.trueFalse("IF2 USB", "私物のUSBメモリは原則として持ち込まない。", true);
        Quiz limited = Quizzes.create(trainer, "確認は正誤だけ", tf, "{\"feedback\":\"immediate\",\"review\":{\"during\":[\"correctness\"]}}");
        HttpSession nurse = org.nurseA.session();
        nurse.post("/api/courses/" + limited.courseId() + "/enrolment", "{}");
        JsonObject attempt = nurse.post(limited.api() + "/attempts", "{}").json();
        int slot = attempt.getJsonArray("questions").getJsonObject(0).getInt("slot");
        JsonObject q = nurse.post(limited.api() + "/attempts/" + attempt.getString("id") + "/check",
                check(0, slot, Json.createObjectBuilder().add("answer", true).build())).json().getJsonObject("question");
        assertEquals("correct", q.getString("correctness"));
        for (String hidden : List.of("marks", "rightAnswer", "feedback")) {
            assertFalse(q.containsKey(hidden), hidden + " is not allowed during the attempt: " + q);
        }

        Quiz deferred = Quizzes.create(trainer, "後でまとめて", tf, "{}");
        nurse.post("/api/courses/" + deferred.courseId() + "/enrolment", "{}");
        JsonObject other = nurse.post(deferred.api() + "/attempts", "{}").json();
        Reply refused = nurse.post(deferred.api() + "/attempts/" + other.getString("id") + "/check",
                check(0, other.getJsonArray("questions").getJsonObject(0).getInt("slot"), Json.createObjectBuilder().add("answer", true).build()));
        assertEquals(409, refused.status());
        assertTrue(refused.body().contains("quiz.check-not-allowed"), refused.toString());
        assertEquals(0, nurse.get(deferred.api() + "/attempts/" + other.getString("id")).json().getInt("revision"), "nothing saved");

        // A trainer's preview checks the same way, and an unknown setting is refused at import.
        JsonObject preview = trainer.post(limited.api() + "/preview/attempts", "{}").json();
        Reply previewCheck = trainer.post(limited.api() + "/preview/attempts/" + preview.getString("id") + "/check",
                check(0, slot, Json.createObjectBuilder().add("answer", false).build()));
        assertEquals(200, previewCheck.status(), previewCheck.toString());
        assertEquals("wrong", previewCheck.json().getJsonObject("question").getString("correctness"));
        assertTrue(trainer.get(limited.api() + "/report").json().getJsonArray("attempts").stream()
                .noneMatch(a -> a.asJsonObject().getString("attemptId").equals(preview.getString("id"))));
        AssertionError adaptive = assertThrows(AssertionError.class,
                () -> Quizzes.create(trainer, "不明な設定", tf, "{\"feedback\":\"adaptive\"}"));
        assertTrue(adaptive.getMessage().contains("feedback"), adaptive.getMessage());
    }

    private static String check(int revision, int slot, JsonObject response) {
        return Json.createObjectBuilder().add("revision", revision).add("slot", slot).add("response", response).build().toString();
    }

    private static String textOf(JsonObject item) {
        return item.get("text") instanceof JsonObject formatted ? formatted.getString("html") : item.getString("text");
    }

    /** The right (or for single choice, a wrong) response, found by the texts the presentation shows. */
    private static JsonObject response(JsonObject slot, boolean wrong) {
        JsonObject p = slot.getJsonObject("presentation");
        return switch (slot.getString("type")) {
            case "single-choice" -> Json.createObjectBuilder().add("choice", p.getJsonArray("choices").stream().map(JsonValue::asJsonObject)
                    .filter(c -> textOf(c).contains("情報システム担当者") != wrong).findFirst().orElseThrow().getString("id")).build();
            case "multiple-response" -> {
                JsonArrayBuilder ids = Json.createArrayBuilder();
                p.getJsonArray("choices").stream().map(JsonValue::asJsonObject).filter(c -> !textOf(c).contains("付箋"))
                        .forEach(c -> ids.add(c.getString("id")));
                yield Json.createObjectBuilder().add("choices", ids).build();
            }
            case "true-false" -> Json.createObjectBuilder().add("answer", true).build();
            case "short-answer" -> Json.createObjectBuilder().add("text", "ランサムウェア").build();
            case "numeric" -> Json.createObjectBuilder().add("text", "３").build();
            case "matching" -> {
                Map<String, String> right = Map.of("UPS", "停電対策", "EDR", "端末の監視");
                JsonObjectBuilder pairs = Json.createObjectBuilder();
                for (JsonValue s : p.getJsonArray("stems")) {
                    String want = right.get(textOf(s.asJsonObject()));
                    pairs.add(s.asJsonObject().getString("id"), p.getJsonArray("answers").stream().map(JsonValue::asJsonObject)
                            .filter(a -> textOf(a).equals(want)).findFirst().orElseThrow().getString("id"));
                }
                yield Json.createObjectBuilder().add("pairs", pairs).build();
            }
            case "ordering" -> {
                List<String> order = new ArrayList<>();
                for (String text : List.of("検知", "初動対応", "復旧")) {
                    order.add(p.getJsonArray("items").stream().map(JsonValue::asJsonObject).filter(i -> textOf(i).equals(text))
                            .findFirst().orElseThrow().getString("id"));
                }
                JsonArrayBuilder b = Json.createArrayBuilder();
                order.forEach(b::add);
                yield Json.createObjectBuilder().add("order", b).build();
            }
            default -> throw new AssertionError(slot.getString("type"));
        };
    }
}
