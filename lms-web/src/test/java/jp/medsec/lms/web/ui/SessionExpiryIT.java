package jp.medsec.lms.web.ui;

import jp.medsec.lms.web.support.HttpSession;
import jp.medsec.lms.web.support.Organisation;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A nurse's session expires while a lesson is open (here: its cookie is removed). She marks the lesson done,
 * logs in again in the dialog that opens, and the completion she asked for is recorded: no work is lost.
 */
class SessionExpiryIT extends BrowserTest {

    @Test
    void anExpiredSessionIsRenewedInPlaceAndTheActionCompletes() throws Exception {
        String slug = "expiry-" + UUID.randomUUID().toString().substring(0, 8);
        var imported = HttpSession.administrator().post("/api/courses?publish=true", "{\"slug\":\"" + slug + "\",\"track\":\"STF\","
                + "\"title\":{\"ja\":\"短い講座\"},\"summary\":{\"ja\":\"短い\"},\"minutes\":5,\"modules\":[{\"title\":{\"ja\":\"章\"},"
                + "\"activities\":[{\"key\":\"p\",\"type\":\"page\",\"title\":{\"ja\":\"すぐ読める頁\"},\"settings\":{\"markdown\":\"## 本文\"}}]}]}");
        assertEquals(201, imported.status(), imported.body());
        String courseId = imported.json().getString("id");
        String email = new HttpSession().registerLearner("看護 花子").getString("email");

        startBrowser(1280, 1000);
        logIn(email, "/course.html?id=" + courseId);
        waitUpTo(15).until(ExpectedConditions.elementToBeClickable(By.id("enrol-button"))).click();
        // The page redraws once enrolled; a link found before that would be stale.
        waitUpTo(15).until(ExpectedConditions.invisibilityOfElementLocated(By.id("enrol-button")));
        waitUpTo(15).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".activity-link"))).click();
        waitUpTo(15).until(ExpectedConditions.elementToBeClickable(By.id("mark-done-button")));

        driver.manage().deleteCookieNamed("LMSSESSION");
        driver.findElement(By.id("mark-done-button")).click();
        waitUpTo(15).until(ExpectedConditions.visibilityOfElementLocated(By.id("relogin-password"))).sendKeys(Organisation.PASSWORD);
        screenshot("16-relogin-dialog");
        driver.findElement(By.id("relogin-submit")).click();
        waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(By.id("completion-status"), "完了"));

        HttpSession learner = new HttpSession();
        learner.post("/api/account/login", "{\"email\":\"" + email + "\",\"password\":\"" + Organisation.PASSWORD + "\"}");
        assertEquals(1, learner.get("/api/courses/" + courseId + "/progress").json().getInt("requiredDone"), "the completion was recorded");
    }
}
