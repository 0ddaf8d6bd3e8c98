package jp.medsec.lms.web.ui;

import jp.medsec.lms.web.support.HttpSession;
import jp.medsec.lms.web.support.Organisation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A nurse's session expires while a lesson is open (here: its cookie is removed). She marks the lesson done,
 * logs in again in the dialog that opens, and the completion she asked for is recorded: no work is lost.
 */
class SessionExpiryIT {

    private ChromeDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    private WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    @Test
    void anExpiredSessionIsRenewedInPlaceAndTheActionCompletes() throws Exception {
        String slug = "expiry-" + UUID.randomUUID().toString().substring(0, 8);
        var imported = HttpSession.administrator().post("/api/courses?publish=true", "{\"slug\":\"" + slug + "\",\"track\":\"STF\","
                + "\"title\":{\"ja\":\"短い講座\"},\"summary\":{\"ja\":\"短い\"},\"minutes\":5,\"modules\":[{\"title\":{\"ja\":\"章\"},"
                + "\"activities\":[{\"key\":\"p\",\"type\":\"page\",\"title\":{\"ja\":\"すぐ読める頁\"},\"settings\":{\"markdown\":\"## 本文\"}}]}]}");
        assertEquals(201, imported.status(), imported.body());
        String courseId = imported.json().getString("id");
        String email = new HttpSession().registerLearner("看護 花子").getString("email");

        driver = Browser.start(1280, 1000);
        driver.get(HttpSession.BASE + "/login.html?next=" + java.net.URLEncoder.encode("/course.html?id=" + courseId, "UTF-8"));
        waitUpTo(15).until(ExpectedConditions.visibilityOfElementLocated(By.id("login-email"))).sendKeys(email);
        driver.findElement(By.id("login-password")).sendKeys(Organisation.PASSWORD + Keys.ENTER);
        waitUpTo(15).until(ExpectedConditions.elementToBeClickable(By.id("enrol-button"))).click();
        waitUpTo(15).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".activity-link"))).click();
        waitUpTo(15).until(ExpectedConditions.elementToBeClickable(By.id("mark-done-button")));

        driver.manage().deleteCookieNamed("LMSSESSION");
        driver.findElement(By.id("mark-done-button")).click();
        waitUpTo(15).until(ExpectedConditions.visibilityOfElementLocated(By.id("relogin-password"))).sendKeys(Organisation.PASSWORD);
        Browser.screenshot(driver, "16-relogin-dialog");
        driver.findElement(By.id("relogin-submit")).click();
        waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(By.id("completion-status"), "完了"));

        HttpSession learner = new HttpSession();
        learner.post("/api/account/login", "{\"email\":\"" + email + "\",\"password\":\"" + Organisation.PASSWORD + "\"}");
        assertEquals(1, learner.get("/api/courses/" + courseId + "/progress").json().getInt("requiredDone"), "the completion was recorded");
    }
}
