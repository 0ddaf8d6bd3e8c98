package jp.medsec.lms.web.ui;

import jp.medsec.lms.web.support.Courses;
import jp.medsec.lms.web.support.Organisation;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In Japanese: a hospital's manager sees on 「職員の受講状況」 which staff certificates expire soon and narrows the list to
 * them; the nurse whose certificate it is sees 「まもなく有効期限」 on her 「修了証」 page with a link to the course. The
 * one-month course's certificates fall in the test server's 40-day renewal window; the twelve-month course's do not.
 */
class CertificateRenewalPageIT extends BrowserTest {

    @Test
    void theManagerAndTheLearnerSeeWhichCertificatesExpireSoon() throws Exception {
        Organisation org = new Organisation();
        Courses.OnePage monthly = Courses.onePage("標的型メール訓練(月次)", "{\"validityMonths\":1}");
        Courses.OnePage yearly = Courses.onePage("情報セキュリティ基礎(年次)", "{\"validityMonths\":12}");
        Courses.complete(org.nurseA.session(), monthly);
        Courses.complete(org.clerkA.session(), yearly);

        startBrowser(1280, 1100);
        logIn(org.managerA.email(), "/staff.html");
        WebElement summary = visible(By.id("staff-cert-renewal-summary"));
        assertTrue(summary.getText().contains("有効期限が近い、または切れている修了証が 1 件あります"), summary.getText());
        WebElement table = visible(By.id("staff-cert-table"));
        List<WebElement> flagged = table.findElements(By.cssSelector("tr [data-renewal='EXPIRES_SOON']"));
        assertEquals(1, flagged.size());
        assertEquals("まもなく有効期限", flagged.get(0).getText());
        WebElement nursesRow = flagged.get(0).findElement(By.xpath("ancestor::tr"));
        assertTrue(nursesRow.getText().contains("看護 花子") && nursesRow.getText().contains("標的型メール訓練"), nursesRow.getText());
        assertTrue(table.getText().contains("事務 太郎"), "the whole list first");
        driver.executeScript("document.getElementById('staff-certificates').scrollIntoView()");
        screenshot("80-staff-certificates-expiring-soon");

        driver.findElement(By.id("staff-cert-renewal-only")).click();
        waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#staff-cert-table caption"),
                "有効期限が近い・切れた修了証(1件)"));
        String filtered = driver.findElement(By.id("staff-cert-table")).getText();
        assertTrue(filtered.contains("看護 花子"), filtered);
        assertFalse(filtered.contains("事務 太郎"), "a certificate valid for a year is not listed: " + filtered);
        driver.executeScript("document.getElementById('staff-certificates').scrollIntoView()");
        screenshot("81-staff-certificates-renewal-filter");

        // The nurse, on her certificates page.
        driver.manage().deleteAllCookies();
        logIn(org.nurseA.email(), "/certificates.html");
        WebElement card = visible(By.cssSelector(".cert-card[data-certificate]"));
        assertEquals("まもなく有効期限", card.findElement(By.cssSelector("[data-renewal='EXPIRES_SOON'].badge")).getText());
        WebElement hint = card.findElement(By.cssSelector(".cert-renewal-hint"));
        assertTrue(hint.getText().contains("有効期限を迎えます"), hint.getText());
        assertTrue(hint.findElement(By.tagName("a")).getAttribute("href").endsWith("/course.html?id=" + monthly.courseId()));
        screenshot("82-learner-certificate-expiring-soon");
    }
}
