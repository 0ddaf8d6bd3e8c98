package jp.medsec.lms.web.ui;

import jp.medsec.lms.web.support.Organisation;
import jp.medsec.lms.web.support.Quizzes;
import jp.medsec.lms.web.support.Quizzes.Quiz;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A trainer who is not enrolled follows 「受講者として試す(プレビュー)」 from the course page, answers the quiz in
 * Japanese, submits, and sees the full review with the right answers; the results page still lists no attempt.
 */
class QuizPreviewPageIT extends BrowserTest {

    @Test
    void aTrainerPreviewsAQuizFromTheCoursePage() throws Exception {
        Organisation org = new Organisation();
        Quiz quiz = Quizzes.create(org.trainer.session(), "プレビュー画面", Quizzes.trueFalse("パスワードの使い回し", "パスワードは使い回さない。", true)
                + Quizzes.trueFalse("共有アカウント", "電子カルテのアカウントは部署で共有してよい。", false), "{\"passPercent\":50}");

        startBrowser(1280, 1000);
        logIn(org.trainer.email(), "/course.html?id=" + quiz.courseId());
        visible(By.cssSelector(".quiz-preview-link")).click();
        assertTrue(visible(By.id("quiz-preview-note")).getText().contains("保存されず"));
        assertTrue(driver.findElement(By.id("quiz-rules")).getText().contains("2問"));
        screenshot("63-quiz-preview-overview");
        visible(By.id("quiz-start")).click();
        visible(By.id("quiz-form"));
        for (WebElement question : driver.findElements(By.cssSelector(".quiz-question"))) {
            String slot = question.getAttribute("id").substring("question-".length());
            boolean right = question.getText().contains("使い回さない");
            driver.findElement(By.id("q" + slot + "-" + right)).click();
        }
        waitUpTo(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("quiz-save-status"), "保存しました"));
        screenshot("64-quiz-preview-answering");
        driver.findElement(By.id("quiz-submit")).click();
        driver.switchTo().alert().accept();
        WebElement result = visible(By.id("quiz-result"));
        assertTrue(result.getText().contains("合格です") && result.getText().contains("100"), result.getText());
        assertTrue(driver.findElement(By.id("quiz")).getText().contains("正答"), "the full review shows the right answers");
        screenshot("65-quiz-preview-review");

        open("/quiz-report.html?course=" + quiz.courseId() + "&activity=" + quiz.activityId());
        WebElement attempts = visible(By.id("report-attempts"));
        assertTrue(attempts.getText().contains("受験(0件)"), attempts.getText());
        assertEquals("0", driver.findElement(By.cssSelector("#fig-learners dd")).getText());
    }
}
