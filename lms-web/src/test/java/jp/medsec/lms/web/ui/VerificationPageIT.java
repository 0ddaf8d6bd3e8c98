package jp.medsec.lms.web.ui;

import jakarta.json.JsonObject;
import jp.medsec.lms.web.support.Courses;
import jp.medsec.lms.web.support.HttpSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public verification page of a certificate that was replaced (here by a reissue), without login, in Japanese and
 * then in English: it says plainly that the certificate is not valid and why, shows the state in the details too, and
 * links to nothing about the new certificate or the holder.
 */
class VerificationPageIT extends BrowserTest {

    @Test
    void aReplacedCertificateSaysSoInBothLanguagesAndLeadsNowhere() throws Exception {
        Courses.OnePage course = Courses.onePage("置き換え確認講座");
        HttpSession learner = new HttpSession();
        learner.registerLearner("置換 花子");
        Courses.complete(learner, course);
        JsonObject old = learner.get("/api/me/certificates").array().getJsonObject(0);
        JsonObject reissued = HttpSession.administrator().post("/api/certificates/" + old.getString("id") + "/reissue",
                "{\"reason\":\"氏名の変更\"}").json();
        String oldUrl = old.getString("verificationUrl");
        String newCode = reissued.getString("verificationUrl").replaceAll(".*code=", "");

        startBrowser(1280, 900);
        driver.get(oldUrl);
        WebElement status = waitUpTo(15).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#verify-status[data-standing]")));
        assertEquals("SUPERSEDED", status.getAttribute("data-standing"));
        assertTrue(status.getText().startsWith("この修了証は無効です。") && status.getText().contains("置き換えられました"), status.getText());
        assertTrue(status.getAttribute("class").contains("alert-error"), "not shown as a success");
        assertEquals("置き換え済み(無効)", driver.findElement(By.id("verify-state")).getText());
        assertTrue(driver.findElement(By.id("verify-details")).getText().contains("置換 花子"));
        assertNothingAbout(reissued, newCode);
        screenshot("83-verification-replaced-ja");

        driver.findElement(By.id("lang-switch")).click();
        waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(By.id("verify-status"), "This certificate is not valid"));
        assertTrue(driver.findElement(By.id("verify-status")).getText().contains("replaced by a newer certificate"));
        assertEquals("Replaced (not valid)", driver.findElement(By.id("verify-state")).getText());
        String details = driver.findElement(By.id("verify-details")).getText();
        assertFalse(details.matches("(?s).*\\d{4},.*"), "dates without a stray comma: " + details);
        assertNothingAbout(reissued, newCode);
        screenshot("84-verification-replaced-en");
    }

    private void assertNothingAbout(JsonObject reissued, String newCode) {
        String page = driver.getPageSource();
        for (String value : List.of(reissued.getString("number"), reissued.getString("id"), newCode)) {
            assertFalse(page.contains(value), "the page mentions the new certificate: " + value);
        }
        List<WebElement> links = driver.findElements(By.cssSelector("main a"));
        assertEquals(List.of(), links.stream().map(a -> a.getAttribute("href")).toList(), "no links from the result");
    }
}
