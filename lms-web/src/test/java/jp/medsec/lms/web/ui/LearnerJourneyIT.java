package jp.medsec.lms.web.ui;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A nurse's first visit, in Japanese, in a real browser: register, log out and in again, open her track,
 * enrol, read and complete a lesson page, see progress rise, switch to English, log out.
 */
class LearnerJourneyIT extends BrowserTest {

    @Test
    void registerEnrolCompleteALessonAndSeeProgressRise() throws Exception {
        startBrowser(1280, 1000);
        String email = "nurse-" + UUID.randomUUID() + "@example.jp";
        String password = "ナースステーションの朝2026";

        open("/");
        waitUpTo(15).until(d -> d.findElements(By.cssSelector(".track-card")).size() == 5);
        assertEquals("ja", driver.findElement(By.tagName("html")).getAttribute("lang"));
        List<String> cards = driver.findElements(By.cssSelector(".track-card")).stream().map(WebElement::getText).toList();
        assertTrue(cards.get(0).contains("経営者向け") && cards.get(2).contains("初学者・医療従事者向け"), cards.toString());
        screenshot("01-catalog-ja");

        visible(By.linkText("新規登録")).click();
        visible(By.id("reg-email")).sendKeys(email);
        driver.findElement(By.id("reg-password")).sendKeys("short");
        driver.findElement(By.id("reg-fullname")).sendKeys("看護 花子");
        driver.findElement(By.id("reg-kana")).sendKeys("カンゴ ハナコ");
        new Select(driver.findElement(By.id("reg-job"))).selectByValue("NURSE");
        driver.findElement(By.id("reg-submit")).click();
        assertTrue(visible(By.id("reg-password-error")).getText().contains("12"), "the password rule is explained");
        screenshot("02-register-error");
        driver.findElement(By.id("reg-password")).clear();
        driver.findElement(By.id("reg-password")).sendKeys(password);
        driver.findElement(By.id("reg-submit")).click();
        waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("header"), "看護 花子"));

        visible(By.id("logout-button")).click();
        waitUpTo(15).until(ExpectedConditions.visibilityOfElementLocated(By.linkText("ログイン"))).click();
        visible(By.id("login-email")).sendKeys(email);
        driver.findElement(By.id("login-password")).sendKeys(password + Keys.ENTER);
        waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("header"), "看護 花子"));

        open("/");
        visible(By.cssSelector(".track-card[data-track-code='STF'] .track-link")).click();
        visible(By.cssSelector(".course-link")).click();
        visible(By.id("enrol-button")).click();
        WebElement bar = visible(By.id("progress-bar"));
        assertEquals("0", bar.getAttribute("aria-valuenow"));
        screenshot("03-course-enrolled");

        int activities = driver.findElements(By.cssSelector(".activity-link")).size();
        driver.findElements(By.cssSelector(".activity-link")).get(0).click();
        assertTrue(visible(By.id("lesson-body")).getText().contains("出典"), "the lesson cites its sources");
        WebElement done = driver.findElement(By.id("mark-done-button"));
        screenshot("04-lesson-reading");
        waitUpTo(60).until(ExpectedConditions.elementToBeClickable(done)).click();
        waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(By.id("completion-status"), "完了"));
        screenshot("05-lesson-done");

        visible(By.id("back-to-course")).click();
        waitUpTo(15).until(ExpectedConditions.attributeToBe(By.id("progress-bar"), "aria-valuenow", String.valueOf(100 / (activities))));
        assertEquals(1, driver.findElements(By.cssSelector("li.activity.done")).size());
        screenshot("06-course-progress");

        visible(By.id("lang-switch")).click();
        waitUpTo(15).until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        assertTrue(visible(By.tagName("h1")).getText().matches(".*[A-Za-z].*"), "course title in English");
        screenshot("07-course-english");

        visible(By.id("logout-button")).click();
        waitUpTo(15).until(ExpectedConditions.visibilityOfElementLocated(By.linkText("Log in")));
        open("/api/account/me");
        assertTrue(driver.getPageSource().contains("auth.required"), "logged out for real");
    }

    @Test
    void theCatalogWorksOnAPhoneAndWithTheKeyboard() throws Exception {
        startBrowser(390, 844);
        open("/");
        waitUpTo(15).until(d -> d.findElements(By.cssSelector(".track-card")).size() == 5);
        screenshot("08-catalog-phone");
        // The first Tab reaches the skip link, which moves focus to the main content.
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = driver.switchTo().activeElement();
        assertTrue(focused.getAttribute("href").endsWith("#main"), focused.getAttribute("outerHTML"));
        long horizontalOverflow = (Long) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertEquals(0, horizontalOverflow, "no sideways scrolling at phone width");
    }
}
