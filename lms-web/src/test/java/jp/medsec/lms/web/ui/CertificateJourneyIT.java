package jp.medsec.lms.web.ui;

import jp.medsec.lms.web.support.Courses;
import jp.medsec.lms.web.support.HttpSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A nurse completes a course, finds her certificate, opens its public verification page; the certificate
 * administrator revokes it on the certificates page; the same verification page then says it is revoked.
 */
class CertificateJourneyIT extends BrowserTest {

    @Test
    void completeSeeTheCertificateVerifyRevokeSeeRevoked() throws Exception {
        Courses.OnePage course = Courses.onePage("院内ルール講座");
        HttpSession api = new HttpSession();
        String email = api.registerLearner("検証 花子").getString("email");
        api.post("/api/courses/" + course.courseId() + "/enrolment", "{}");

        startBrowser(1280, 1000);
        logIn(email, "/lesson.html?course=" + course.courseId() + "&activity=" + course.activityId());
        waitUpTo(15).until(ExpectedConditions.elementToBeClickable(By.id("mark-done-button"))).click();
        waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(By.id("completion-status"), "完了"));

        driver.findElement(By.linkText("修了証")).click();
        visible(By.cssSelector(".cert-card"));
        assertTrue(driver.findElement(By.cssSelector(".cert-card")).getText().contains("院内ルール講座"));
        assertTrue(driver.findElement(By.cssSelector(".cert-standing")).getText().contains("有効"));
        screenshot("25-certificates");
        String number = driver.findElement(By.cssSelector(".cert-card")).getAttribute("data-certificate");
        String verifyUrl = driver.findElement(By.id("verify-" + number)).getAttribute("href");

        driver.findElement(By.id("logout-button")).click();
        waitUpTo(15).until(ExpectedConditions.visibilityOfElementLocated(By.linkText("ログイン")));
        driver.get(verifyUrl);
        waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(By.id("verify-status"), "この修了証は有効です"));
        assertTrue(driver.findElement(By.id("verify-details")).getText().contains("検証 花子"));
        assertTrue(!driver.getPageSource().contains(email), "no e-mail on the public page");
        screenshot("26-verification-valid");

        // The administrator (password and authenticator code) revokes it on the certificates page.
        String[] credentials = HttpSession.administratorCredentials();
        open("/login.html?next=%2Fcertificates.html");
        visible(By.id("login-email")).sendKeys(credentials[0]);
        driver.findElement(By.id("login-password")).sendKeys(credentials[1] + Keys.ENTER);
        visible(By.id("login-code")).sendKeys(HttpSession.administratorCode() + Keys.ENTER);
        visible(By.cssSelector("#cert-table tr[data-certificate='" + number + "'] [data-action='revoke']")).click();
        driver.switchTo().alert().sendKeys("受講者の取り違え");
        driver.switchTo().alert().accept();
        waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#cert-table tr[data-certificate='" + number + "']"), "失効"));
        screenshot("27-certificate-revoked-by-admin");

        driver.get(verifyUrl);
        waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(By.id("verify-status"), "失効しています"));
        screenshot("28-verification-revoked");
    }
}
