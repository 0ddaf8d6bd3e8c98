package jp.medsec.lms.web.ui;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jp.medsec.lms.web.support.HttpSession;
import jp.medsec.lms.web.support.Organisation;
import jp.medsec.lms.web.support.Quizzes;
import jp.medsec.lms.web.support.Quizzes.Quiz;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A trainer grades an essay on the results page in Japanese, with the keyboard: the learner's text (which tries to
 * inject markup) is shown as text; a mark above the question's is refused with what was typed kept; a valid mark and
 * comment finish the attempt; among the graded answers the trainer then corrects the mark. The nurse sees the
 * corrected mark and the comment in her review.
 */
class QuizGradingPageIT extends BrowserTest {

    private static final String ESSAY = "<img src=x onerror=\"document.title='hacked'\"><b>太字</b>\n情報システム担当者に電話で報告しました。";

    @Test
    void aTrainerGradesAnEssayAndTheNurseSeesTheComment() throws Exception {
        Organisation org = new Organisation();
        Quiz quiz = Quizzes.create(org.trainer.session(), "記述式の採点画面", Quizzes.essay("報告の記述", "不審なメールを開いた後の行動を書いてください。", 5),
                "{\"passPercent\":60}");
        HttpSession nurse = org.nurseA.session();
        nurse.post("/api/courses/" + quiz.courseId() + "/enrolment", "{}");
        JsonObject attempt = nurse.post(quiz.api() + "/attempts", "{}").json();
        int slot = attempt.getJsonArray("questions").getJsonObject(0).getInt("slot");
        nurse.send("PUT", quiz.api() + "/attempts/" + attempt.getString("id") + "/answers", Json.createObjectBuilder().add("revision", 0)
                .add("answers", Json.createObjectBuilder().add(String.valueOf(slot), Json.createObjectBuilder().add("text", ESSAY))).build().toString());
        nurse.post(quiz.api() + "/attempts/" + attempt.getString("id") + "/submit", "{}");

        startBrowser(1280, 1100);
        logIn(org.trainer.email(), "/quiz-report.html?course=" + quiz.courseId() + "&activity=" + quiz.activityId());
        WebElement section = visible(By.id("grading"));
        assertTrue(section.getText().contains("記述式の採点"), section.getText());
        String form = "grade-" + attempt.getString("id") + "-" + slot;
        WebElement response = driver.findElement(By.id(form + "-response"));
        assertTrue(response.getText().contains("<img src=x onerror=") && response.getText().contains("<b>太字</b>"), response.getText());
        assertTrue(response.findElements(By.tagName("img")).isEmpty() && response.findElements(By.tagName("b")).isEmpty(), "no markup from the learner");
        assertFalse(driver.getTitle().contains("hacked"));
        assertTrue(section.getText().contains("報告先と時刻が書かれていれば満点"), "the grader's note is shown");

        // Keyboard only: type a mark above the question's, Tab to the comment, Tab to the button, Enter.
        WebElement mark = driver.findElement(By.id(form + "-mark"));
        mark.sendKeys("7");
        mark.sendKeys(Keys.TAB);
        driver.switchTo().activeElement().sendKeys("報告先は正しいです。\n時刻も書きましょう。");
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        assertEquals(form + "-save", driver.switchTo().activeElement().getAttribute("id"));
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        WebElement error = visible(By.id("grade-error-" + attempt.getString("id") + "-" + slot));
        assertTrue(error.getText().contains("点数は0から配点までの数"), error.getText());
        assertEquals("報告先は正しいです。\n時刻も書きましょう。", driver.findElement(By.id(form + "-comment")).getAttribute("value"), "what was typed is kept");
        screenshot("60-quiz-grading-refused");

        WebElement again = driver.findElement(By.id(form + "-mark"));
        again.clear();
        again.sendKeys("4");
        driver.findElement(By.id(form + "-save")).sendKeys(Keys.ENTER);
        waitUpTo(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("grading-notice"), "採点が終わりました"));
        assertTrue(driver.findElement(By.id("grading-notice")).getText().contains("80"), "(4 / 5)");
        assertTrue(visible(By.id("grading-none")).isDisplayed());
        screenshot("61-quiz-grading-done");

        // On second thought: the graded answers, with their grades, and the mark corrected to 5.
        driver.findElement(By.id("grading-show-graded")).click();
        WebElement corrected = visible(By.id(form + "-mark"));
        assertEquals("4", corrected.getAttribute("value"), "the grade given is shown");
        assertEquals("報告先は正しいです。\n時刻も書きましょう。", driver.findElement(By.id(form + "-comment")).getAttribute("value"));
        corrected.clear();
        corrected.sendKeys("5");
        driver.findElement(By.id(form + "-save")).sendKeys(Keys.ENTER);
        waitUpTo(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("grading-notice"), "100"));
        assertEquals("5", driver.findElement(By.id(form + "-mark")).getAttribute("value"), "still listed, with the new mark");
        screenshot("63-quiz-grading-corrected");

        driver.manage().deleteAllCookies();
        logIn(org.nurseA.email(), "/lesson.html?course=" + quiz.courseId() + "&activity=" + quiz.activityId());
        visible(By.cssSelector("#quiz-attempts button")).click();
        WebElement review = visible(By.id("review-" + slot));
        assertTrue(review.getText().contains("得点 5 / 5"), review.getText());
        assertTrue(review.getText().contains("講師のコメント") && review.getText().contains("時刻も書きましょう。"), review.getText());
        assertTrue(driver.findElement(By.id("quiz-result")).getText().contains("合格"));
        screenshot("62-quiz-essay-review");
    }
}
