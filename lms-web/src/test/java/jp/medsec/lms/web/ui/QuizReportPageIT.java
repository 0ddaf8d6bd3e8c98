package jp.medsec.lms.web.ui;

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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A trainer, in Japanese, opens the course page, follows 「受験結果と問題分析を見る」 by its quiz, and finds the summary,
 * the per-question table and the learners who took it; filtering to those who did not pass leaves only them.
 */
class QuizReportPageIT extends BrowserTest {

    @Test
    void aTrainerReadsTheResultsOfAQuiz() throws Exception {
        Organisation org = new Organisation();
        String courseId = new HttpSession().get("/api/tracks/STF").json().getJsonArray("courses").getJsonObject(0).getString("id");
        String activityId = new HttpSession().get("/api/courses/" + courseId).json().getJsonArray("modules").stream()
                .flatMap(m -> m.asJsonObject().getJsonArray("activities").stream()).map(JsonValue::asJsonObject)
                .filter(a -> a.getString("type").equals("quiz")).findFirst().orElseThrow().getString("id");
        String quiz = "/api/courses/" + courseId + "/activities/" + activityId + "/quiz";
        HttpSession good = new HttpSession();
        good.registerLearner("満点 花子");
        good.post("/api/courses/" + courseId + "/enrolment", "{}");
        JsonObject attempt = good.post(quiz + "/attempts", "{}").json();
        good.send("PUT", quiz + "/attempts/" + attempt.getString("id") + "/answers",
                "{\"revision\":0,\"answers\":" + new QuizAnswers("stf-security-basics").allRight(attempt) + "}");
        good.post(quiz + "/attempts/" + attempt.getString("id") + "/submit", "{}");
        HttpSession blank = new HttpSession();
        String blankEmail = blank.registerLearner("白紙 太郎").getString("email");
        blank.post("/api/courses/" + courseId + "/enrolment", "{}");
        blank.post(quiz + "/attempts/" + blank.post(quiz + "/attempts", "{}").json().getString("id") + "/submit", "{}");

        startBrowser(1280, 1000);
        // The trainer is not enrolled: the course page links to the results.
        logIn(org.trainer.email(), "/course.html?id=" + courseId);
        visible(By.cssSelector(".quiz-report-link")).click();
        WebElement summary = visible(By.id("report-summary"));
        assertTrue(summary.getText().contains("平均点") && summary.getText().contains("合格者"), summary.getText());
        WebElement questions = visible(By.id("report-questions"));
        assertTrue(questions.getText().contains("正答率") && questions.getText().contains("識別力"), questions.getText());
        WebElement attempts = driver.findElement(By.id("report-attempts"));
        assertTrue(attempts.getText().contains("満点 花子") && attempts.getText().contains("白紙 太郎"), attempts.getText());
        screenshot("44-quiz-report");

        new Select(driver.findElement(By.id("attempt-filter"))).selectByVisibleText("不合格のみ");
        waitUpTo(10).until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("report-attempts"), "満点 花子")));
        assertTrue(driver.findElement(By.id("report-attempts")).getText().contains("白紙 太郎"));
        assertTrue(driver.findElement(By.id("report-csv")).getAttribute("href").endsWith("/quiz/report/attempts.csv"));

        // More time for one learner, with a reason; the list shows it.
        driver.findElement(By.id("override-email")).sendKeys(blankEmail);
        driver.findElement(By.id("override-limit")).sendKeys("40");
        driver.findElement(By.id("override-reason")).sendKeys("体調不良のため時間を延長");
        driver.findElement(By.id("override-save")).click();
        waitUpTo(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("override-notice"), "白紙 太郎 の個別設定を保存しました"));
        assertTrue(driver.findElement(By.id("override-table")).getText().contains("制限時間 40分"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", driver.findElement(By.id("overrides")));
        screenshot("45-quiz-override");
        assertEquals(40, blank.get(quiz).json().getJsonObject("rules").getInt("timeLimitMinutes"), "the learner's quiz follows it");
    }
}
