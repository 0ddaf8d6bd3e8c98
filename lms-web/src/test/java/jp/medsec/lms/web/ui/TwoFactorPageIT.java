package jp.medsec.lms.web.ui;

import jp.medsec.lms.core.domain.model.learner.Totp;
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
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A learner sets up an authenticator app from the QR page, then logs in with a code, in Japanese. */
class TwoFactorPageIT {

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

    private void logIn(String email) {
        driver.get(HttpSession.BASE + "/login.html");
        waitUpTo(15).until(ExpectedConditions.visibilityOfElementLocated(By.id("login-email"))).sendKeys(email);
        driver.findElement(By.id("login-password")).sendKeys(Organisation.PASSWORD + Keys.ENTER);
    }

    @Test
    void setUpWithTheQrPageThenLogInWithACode() throws Exception {
        String email = new HttpSession().registerLearner("医師 一郎").getString("email");
        driver = Browser.start(1280, 1000);
        logIn(email);
        waitUpTo(15).until(ExpectedConditions.visibilityOfElementLocated(By.linkText("二要素認証"))).click();
        waitUpTo(15).until(ExpectedConditions.elementToBeClickable(By.id("totp-start"))).click();
        waitUpTo(15).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#totp-qr svg rect")));
        String secret = driver.findElement(By.id("totp-secret")).getText().replace(" ", "");
        Browser.screenshot(driver, "15-two-factor-qr");
        driver.findElement(By.id("totp-code")).sendKeys(Totp.code(secret, Totp.step(Instant.now())) + Keys.ENTER);
        waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(By.id("security-status"), "設定済み"));

        driver.findElement(By.id("logout-button")).click();
        waitUpTo(15).until(ExpectedConditions.visibilityOfElementLocated(By.linkText("ログイン")));
        logIn(email);
        waitUpTo(15).until(ExpectedConditions.visibilityOfElementLocated(By.id("login-code")))
                .sendKeys(Totp.code(secret, Totp.step(Instant.now()) + 1) + Keys.ENTER);
        waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("header"), "医師 一郎"));
        assertTrue(driver.getCurrentUrl().endsWith("index.html") || driver.getCurrentUrl().endsWith("/"), driver.getCurrentUrl());
    }
}
