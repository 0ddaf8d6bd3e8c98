package jp.medsec.lms.web.ui;

import jp.medsec.lms.core.domain.model.learner.Totp;
import jp.medsec.lms.web.support.HttpSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A learner sets up an authenticator app from the QR page, then logs in with a code, in Japanese. */
class TwoFactorPageIT extends BrowserTest {

    @Test
    void setUpWithTheQrPageThenLogInWithACode() throws Exception {
        String email = new HttpSession().registerLearner("医師 一郎").getString("email");
        startBrowser(1280, 1000);
        logIn(email, null);
        waitUpTo(15).until(ExpectedConditions.visibilityOfElementLocated(By.linkText("二要素認証"))).click();
        waitUpTo(15).until(ExpectedConditions.elementToBeClickable(By.id("totp-start"))).click();
        waitUpTo(15).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#totp-qr svg rect")));
        String secret = driver.findElement(By.id("totp-secret")).getText().replace(" ", "");
        screenshot("15-two-factor-qr");
        driver.findElement(By.id("totp-code")).sendKeys(Totp.code(secret, Totp.step(Instant.now())) + Keys.ENTER);
        waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(By.id("security-status"), "設定済み"));

        driver.findElement(By.id("logout-button")).click();
        waitUpTo(15).until(ExpectedConditions.visibilityOfElementLocated(By.linkText("ログイン")));
        logIn(email, null);
        waitUpTo(15).until(ExpectedConditions.visibilityOfElementLocated(By.id("login-code")))
                .sendKeys(Totp.code(secret, Totp.step(Instant.now()) + 1) + Keys.ENTER);
        waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("header"), "医師 一郎"));
        assertTrue(driver.getCurrentUrl().endsWith("index.html") || driver.getCurrentUrl().endsWith("/"), driver.getCurrentUrl());
    }
}
