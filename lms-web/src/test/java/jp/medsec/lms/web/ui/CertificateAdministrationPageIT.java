package jp.medsec.lms.web.ui;

import jp.medsec.lms.web.support.Courses;
import jp.medsec.lms.web.support.HttpSession;
import jp.medsec.lms.web.support.Organisation;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In Japanese: a course whose certificates need approval; the learner sees 「承認待ち」; the certificate administrator
 * approves one completion from the queue, checks a bulk issue for the rest and issues it; the hospital's manager then
 * finds the certificates on the staff page.
 */
class CertificateAdministrationPageIT extends BrowserTest {

    @Test
    void approveFromTheQueueBulkIssueTheRestAndTheManagerSeesThem() throws Exception {
        Organisation org = new Organisation();
        // A title of its own: the test database outlives a run, and the course list is chosen by its visible text.
        String title = "承認制の確認講座 " + java.util.UUID.randomUUID().toString().substring(0, 6);
        Courses.OnePage course = Courses.onePage(title, "{\"approval\":true}");
        Courses.complete(org.nurseA.session(), course);
        Courses.complete(org.clerkA.session(), course);

        startBrowser(1280, 1000);
        logIn(org.nurseA.email(), "/certificates.html");
        WebElement request = visible(By.cssSelector(".cert-request"));
        assertTrue(request.getText().contains(title) && request.getText().contains("承認待ち"), request.getText());
        screenshot("46-certificate-awaiting-approval");
        driver.findElement(By.id("logout-button")).click();
        waitUpTo(15).until(ExpectedConditions.visibilityOfElementLocated(By.linkText("ログイン")));

        String[] credentials = HttpSession.administratorCredentials();
        open("/login.html?next=%2Fcertificates.html");
        visible(By.id("login-email")).sendKeys(credentials[0]);
        driver.findElement(By.id("login-password")).sendKeys(credentials[1] + Keys.ENTER);
        visible(By.id("login-code")).sendKeys(HttpSession.administratorCode() + Keys.ENTER);
        WebElement nurseRow = visible(By.xpath("//table[@id='pending-table']//tr[td[contains(., '看護 花子')]]"));
        screenshot("47-approval-queue");
        nurseRow.findElement(By.cssSelector("[data-action='approve']")).click();
        waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(By.id("cert-notice"), "看護 花子 さんの修了証を発行しました"));
        assertFalse(driver.findElement(By.id("cert-pending")).getText().contains("看護 花子"));

        new Select(driver.findElement(By.id("bulk-course"))).selectByVisibleText("初学者・医療従事者向け: " + title);
        driver.findElement(By.id("bulk-check")).click();
        WebElement report = visible(By.id("bulk-report"));
        assertTrue(report.getText().contains("1 名に発行します(発行済み 1 名、未修了 0 名)"), report.getText());
        assertTrue(report.getText().contains("事務 太郎"), report.getText());
        driver.findElement(By.id("bulk-reason")).sendKeys("院内集合研修の記録により一括発行");
        driver.findElement(By.id("bulk-issue")).click();
        waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(By.id("bulk-report"), "1 名に発行しました"));
        assertTrue(driver.findElement(By.id("export-zip")).getAttribute("href").contains("format=zip"));
        screenshot("48-bulk-issued");
        driver.findElement(By.id("logout-button")).click();
        waitUpTo(15).until(ExpectedConditions.visibilityOfElementLocated(By.linkText("ログイン")));

        logIn(org.managerA.email(), "/staff.html");
        WebElement certificates = visible(By.id("staff-cert-table"));
        assertTrue(certificates.getText().contains("看護 花子") && certificates.getText().contains("事務 太郎"), certificates.getText());
        assertEquals(2, certificates.findElements(By.cssSelector("tbody tr")).size());
        assertTrue(driver.findElement(By.id("staff-cert-zip")).getAttribute("href").contains("/certificates/export?format=zip"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", certificates);
        screenshot("49-manager-staff-certificates");
    }
}
