package jp.medsec.lms.web.ui;

import jakarta.json.JsonObject;
import jp.medsec.lms.web.support.Organisation;
import jp.medsec.lms.web.support.Quizzes;
import jp.medsec.lms.web.support.Quizzes.Quiz;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A trainer builds a quiz from the bank in Japanese: from the course page to 「テストの作成・設定」, the bank's category
 * with its number of questions, too many asked for is pointed out, 2 drawn at random and one question picked by hand,
 * a 10-minute limit, one attempt, immediate feedback and no right answers shown after closing; saved, and the quiz's
 * rules follow.
 */
class QuizSettingsPageIT extends BrowserTest {

    @Test
    void aTrainerBuildsAQuizFromTheBank() throws Exception {
        Organisation org = new Organisation();
        Quiz quiz = Quizzes.create(org.trainer.session(), "テスト作成画面", Quizzes.trueFalse("一", "パスワードは使い回さない。", true)
                + Quizzes.trueFalse("二", "不審なメールは開かずに報告する。", true)
                + Quizzes.trueFalse("三", "USBメモリは私物でもよい。", false), "{}");

        startBrowser(1280, 1100);
        logIn(org.trainer.email(), "/course.html?id=" + quiz.courseId());
        visible(By.cssSelector(".quiz-settings-link")).click();
        visible(By.id("quiz-settings-form"));
        Select category = new Select(driver.findElement(By.id("draw-value-0")));
        assertEquals(quiz.category(), category.getFirstSelectedOption().getAttribute("value"));
        assertTrue(category.getFirstSelectedOption().getText().contains("3問"), category.getFirstSelectedOption().getText());

        WebElement count = driver.findElement(By.id("draw-count-0"));
        count.clear();
        count.sendKeys("9");
        new Select(driver.findElement(By.id("set-grading"))).selectByValue("last"); // redraws the form
        waitUpTo(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("draw-available-0"), "3問しかありません"));

        count = driver.findElement(By.id("draw-count-0"));
        count.clear();
        count.sendKeys("2");
        WebElement time = driver.findElement(By.id("set-time"));
        time.clear();
        time.sendKeys("10");
        WebElement attempts = driver.findElement(By.id("set-attempts"));
        attempts.clear();
        attempts.sendKeys("1");
        new Select(driver.findElement(By.id("set-feedback"))).selectByValue("immediate");
        WebElement hideAnswers = driver.findElement(By.id("review-afterClose-rightAnswer"));
        if (hideAnswers.isSelected()) {
            hideAnswers.click();
        }
        // Beside the 2 drawn at random, one question picked by hand: it is always asked, and never drawn again.
        driver.findElement(By.id("draw-add")).click();
        new Select(visible(By.id("draw-by-1"))).selectByValue("question"); // redraws the form
        Select question = new Select(visible(By.id("draw-value-1")));
        String third = question.getOptions().stream().filter(o -> o.getText().equals("三 (" + quiz.category() + ")")).findFirst().orElseThrow()
                .getAttribute("value");
        question.selectByValue(third);
        assertTrue(driver.findElements(By.id("draw-count-1")).isEmpty(), "a chosen question has no count");
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", driver.findElement(By.id("settings-draws")));
        screenshot("70-quiz-settings");
        driver.findElement(By.id("settings-save")).click();
        waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(By.id("settings-status"), "設定を保存しました"));
        screenshot("71-quiz-settings-saved");

        JsonObject settings = org.trainer.session().get(quiz.api() + "/settings").json().getJsonObject("settings");
        assertEquals(2, settings.getJsonArray("draw").getJsonObject(0).getInt("count"));
        assertEquals(third, settings.getJsonArray("draw").getJsonObject(1).getString("question"));
        assertEquals(10, settings.getInt("timeLimitMinutes"));
        assertEquals(1, settings.getInt("attempts"));
        assertEquals("last", settings.getString("grading"));
        assertEquals("immediate", settings.getString("feedback"));
        assertTrue(!settings.getJsonObject("review").getJsonArray("afterClose").toString().contains("rightAnswer"), settings.toString());
        JsonObject rules = org.trainer.session().get(quiz.api() + "/preview").json().getJsonObject("rules");
        assertEquals(3, rules.getInt("questions"));
        assertEquals(10, rules.getInt("timeLimitMinutes"));
    }
}
