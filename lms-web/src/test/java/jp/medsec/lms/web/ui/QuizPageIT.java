package jp.medsec.lms.web.ui;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jp.medsec.lms.web.support.HttpSession;
import jp.medsec.lms.web.support.Organisation;
import jp.medsec.lms.web.support.QuizAnswers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A nurse takes the timed STF quiz in Chromium, one question per page, with the keyboard-operable controls
 * (ordering with buttons, matching with lists): answers a question, reloads the page and finds it saved, answers
 * the rest, submits, and sees the result and the activity complete.
 */
class QuizPageIT extends BrowserTest {

    private static final QuizAnswers KEY = new QuizAnswers("stf-security-basics");

    @Test
    void takeTheTimedQuizResumeAfterReloadAndPass() throws Exception {
        HttpSession api = new HttpSession();
        String email = api.registerLearner("看護 受験子").getString("email");
        String courseId = api.get("/api/tracks/STF").json().getJsonArray("courses").getJsonObject(0).getString("id");
        assertEquals(201, api.post("/api/courses/" + courseId + "/enrolment", "{}").status());
        String activityId = api.get("/api/courses/" + courseId).json().getJsonArray("modules").stream()
                .flatMap(m -> m.asJsonObject().getJsonArray("activities").stream()).map(JsonValue::asJsonObject)
                .filter(a -> a.getString("type").equals("quiz")).findFirst().orElseThrow().getString("id");
        String quiz = "/api/courses/" + courseId + "/activities/" + activityId + "/quiz";

        startBrowser(412, 900); // a phone
        logIn(email, "/lesson.html?course=" + courseId + "&activity=" + activityId);
        visible(By.id("quiz-rules"));
        assertTrue(driver.findElement(By.id("quiz-rules")).getText().contains("20分"));
        screenshot("20-quiz-overview");
        driver.findElement(By.id("quiz-start")).click();
        visible(By.id("quiz-form"));
        waitUpTo(5).until(ExpectedConditions.textMatches(By.id("quiz-timer"), java.util.regex.Pattern.compile("残り (19|20):\\d\\d")));

        // The key comes from the seed files; the attempt (which question is on which slot) from the API.
        JsonObject attempt = api.get(quiz).json();
        attempt = api.post(quiz + "/attempts", "{}").json();
        JsonArray questions = attempt.getJsonArray("questions");

        answer(questions.getJsonObject(0));
        waitUpTo(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("quiz-save-status"), "保存しました"));
        screenshot("21-quiz-question-saved");
        driver.navigate().refresh();
        visible(By.id("quiz-start")).click(); // 受験を再開
        visible(By.id("quiz-form"));
        assertTrue(isAnswered(questions.getJsonObject(0)), "the answer survived the reload");

        for (int i = 0; i < questions.size(); i++) {
            if (i > 0) {
                driver.findElement(By.id("quiz-next")).click();
                visible(By.id("question-" + questions.getJsonObject(i).getInt("slot")));
                answer(questions.getJsonObject(i));
            }
        }
        waitUpTo(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("quiz-save-status"), "保存しました"));
        driver.findElement(By.id("quiz-submit")).click();
        driver.switchTo().alert().accept();
        WebElement result = visible(By.id("quiz-result"));
        assertTrue(result.getText().contains("合格です"), result.getText());
        assertTrue(result.getText().contains("100"), result.getText());
        screenshot("22-quiz-result");
        assertTrue(api.get("/api/courses/" + courseId + "/progress").body().contains(activityId), "the quiz activity is complete");
    }

    private boolean isAnswered(JsonObject slot) {
        WebElement box = driver.findElement(By.id("question-" + slot.getInt("slot")));
        return !box.findElements(By.cssSelector("input:checked")).isEmpty()
                || box.findElements(By.cssSelector("input[type=text]")).stream().anyMatch(e -> !e.getAttribute("value").isEmpty())
                || box.findElements(By.cssSelector("select")).stream().anyMatch(e -> !new Select(e).getFirstSelectedOption().getAttribute("value").isEmpty())
                || !box.findElements(By.cssSelector(".quiz-ordering")).isEmpty();
    }

    /** Answers one question rightly through the page's own controls. */
    private void answer(JsonObject slot) {
        int n = slot.getInt("slot");
        JsonObject right = KEY.rightResponse(slot);
        WebElement box = visible(By.id("question-" + n));
        switch (slot.getString("type")) {
            case "single-choice" -> box.findElement(By.cssSelector("input[value='" + right.getString("choice") + "']")).click();
            case "multiple-response" -> right.getJsonArray("choices").forEach(id ->
                    box.findElement(By.cssSelector("input[value='" + ((jakarta.json.JsonString) id).getString() + "']")).click());
            case "true-false" -> driver.findElement(By.id("q" + n + "-" + right.getBoolean("answer"))).click();
            case "short-answer", "numeric" -> driver.findElement(By.id("q" + n + "-answer")).sendKeys(right.getString("text"));
            case "matching" -> {
                JsonArray stems = slot.getJsonObject("presentation").getJsonArray("stems");
                for (int i = 0; i < stems.size(); i++) {
                    String stemId = stems.getJsonObject(i).getString("id");
                    new Select(driver.findElement(By.id("q" + n + "-m" + i))).selectByValue(right.getJsonObject("pairs").getString(stemId));
                }
            }
            case "ordering" -> {
                List<String> target = right.getJsonArray("order").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString).toList();
                List<String> shown = new ArrayList<>(slot.getJsonObject("presentation").getJsonArray("items").stream()
                        .map(v -> v.asJsonObject().getString("id")).toList());
                for (int want = 0; want < target.size(); want++) {
                    for (int at = shown.indexOf(target.get(want)); at > want; at--) {
                        visible(By.id("q" + n + "-o" + at + "-up")).click();
                        shown.add(at - 1, shown.remove(at));
                    }
                }
            }
            default -> throw new AssertionError("no way to answer " + slot.getString("type"));
        }
    }
}
