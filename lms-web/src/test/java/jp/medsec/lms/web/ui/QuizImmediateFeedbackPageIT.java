package jp.medsec.lms.web.ui;

import jp.medsec.lms.web.support.HttpSession;
import jp.medsec.lms.web.support.Organisation;
import jp.medsec.lms.web.support.Quizzes;
import jp.medsec.lms.web.support.Quizzes.Quiz;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A nurse takes a quiz with immediate feedback in Japanese: answers a question, checks it with the keyboard, reads
 * whether it was right with the feedback, finds the answer locked (also after reloading the page), while the
 * unchecked question shows nothing; then submits.
 */
class QuizImmediateFeedbackPageIT extends BrowserTest {

    @Test
    void aNurseChecksAQuestionAndItsAnswerIsLocked() throws Exception {
        Organisation org = new Organisation();
        Quiz quiz = Quizzes.create(org.trainer.session(), "即時フィードバック画面",
                Quizzes.trueFalse("USBの持ち込み", "私物のUSBメモリは原則として持ち込まない。", true)
                        + Quizzes.trueFalse("共有アカウント", "電子カルテのアカウントは部署で共有してよい。", false),
                "{\"feedback\":\"immediate\",\"shuffleQuestions\":false,\"passPercent\":50}");
        HttpSession nurse = org.nurseA.session();
        nurse.post("/api/courses/" + quiz.courseId() + "/enrolment", "{}");
        // The draw's order is random: find which question comes first, and its right answer, by its text.
        var questions = nurse.post(quiz.api() + "/attempts", "{}").json().getJsonArray("questions");
        int first = questions.getJsonObject(0).getInt("slot");
        boolean firstRight = questions.getJsonObject(0).getString("text").contains("持ち込まない");
        String firstId = "q" + first;
        int second = questions.getJsonObject(1).getInt("slot");

        startBrowser(1280, 1000);
        logIn(org.nurseA.email(), "/lesson.html?course=" + quiz.courseId() + "&activity=" + quiz.activityId());
        visible(By.id("quiz-start")).click();
        WebElement check = visible(By.id(firstId + "-check"));
        assertFalse(check.isEnabled(), "nothing to check before answering");
        driver.findElement(By.id(firstId + "-" + firstRight)).click();
        waitUpTo(5).until(ExpectedConditions.elementToBeClickable(By.id(firstId + "-check")));
        driver.findElement(By.id(firstId + "-check")).sendKeys(Keys.ENTER);
        WebElement result = visible(By.id(firstId + "-result"));
        assertTrue(result.getText().contains("正解") && result.getText().contains("その通りです"), result.getText());
        assertTrue(result.getText().contains("確認済み"), result.getText());
        assertFalse(driver.findElement(By.id(firstId + "-" + firstRight)).isEnabled(), "the checked answer is locked");
        assertTrue(driver.findElements(By.id("q" + second + "-result")).isEmpty(), "the other question shows nothing");
        assertFalse(driver.findElement(By.id("question-" + second)).getText().contains("正解"));
        screenshot("66-quiz-immediate-checked");

        driver.navigate().refresh();
        visible(By.id("quiz-start")).click(); // 受験を再開
        assertTrue(visible(By.id(firstId + "-result")).getText().contains("正解"));
        assertFalse(driver.findElement(By.id(firstId + "-" + firstRight)).isEnabled(), "still locked after a reload");

        driver.findElement(By.id("q" + second + "-" + !firstRight)).click();
        waitUpTo(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("quiz-save-status"), "保存しました"));
        driver.findElement(By.id("quiz-submit")).click();
        driver.switchTo().alert().accept();
        assertTrue(visible(By.id("quiz-result")).getText().contains("100"));
    }
}
