package jp.medsec.lms.web.ui;

import jp.medsec.lms.web.support.HttpSession;
import jp.medsec.lms.web.support.TestIdentityProvider;
import jp.medsec.lms.web.support.TestIdentityProvider.Hospital;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A nurse picks her hospital on the login page and comes back logged in from the hospital's own login; someone
 * the hospital has not put on the staff list comes back to the login page with the reason, in Japanese.
 */
class FederatedLoginPageIT extends BrowserTest {

    @Test
    void logInWithTheHospitalsAccountThenSeeWhyAStrangerCannot() throws Exception {
        HttpSession admin = HttpSession.administrator();
        try (TestIdentityProvider idp = new TestIdentityProvider()) {
            Hospital h = idp.hospital(admin, false);
            String email = "sso-page-" + UUID.randomUUID() + "@hospital.example.jp";
            idp.staff(admin, h.id(), email);
            startBrowser(1280, 1000);

            idp.nextLogin(h.issuer(), "nurse-1", Map.of("email", email, "email_verified", true));
            open("/login.html?next=%2Fme.html");
            visible(By.id("sso"));
            new Select(driver.findElement(By.id("sso-provider"))).selectByValue(h.providerId());
            screenshot("17-login-with-institution-account");
            driver.findElement(By.id("sso-go")).click();
            waitUpTo(20).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("header"), "連携 職員"));
            assertTrue(driver.getCurrentUrl().endsWith("/me.html"), driver.getCurrentUrl());

            driver.findElement(By.id("logout-button")).click();
            waitUpTo(15).until(ExpectedConditions.visibilityOfElementLocated(By.linkText("ログイン")));
            idp.nextLogin(h.issuer(), "stranger", Map.of("email", "stranger-" + UUID.randomUUID() + "@hospital.example.jp",
                    "email_verified", true));
            open("/login.html");
            new Select(visible(By.id("sso-provider"))).selectByValue(h.providerId());
            driver.findElement(By.id("sso-go")).click();
            waitUpTo(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("form-errors"), "職員名簿に登録がありません"));
            screenshot("18-login-with-institution-account-refused");
        }
    }

    @Test
    void anAdministratorRegistersTheHospitalsProviderOnTheStaffPage() throws Exception {
        HttpSession admin = HttpSession.administrator();
        String institutionId = admin.post("/api/institutions", "{\"name\":\"設定病院 " + UUID.randomUUID().toString().substring(0, 6)
                + "\",\"prefectureCode\":1,\"kind\":\"HOSPITAL\",\"beds\":50}").json().getString("id");
        try (TestIdentityProvider idp = new TestIdentityProvider()) {
            startBrowser(1280, 1400);
            String[] credentials = HttpSession.administratorCredentials();
            open("/login.html?next=" + java.net.URLEncoder.encode("/staff.html?institution=" + institutionId, "UTF-8"));
            visible(By.id("login-email")).sendKeys(credentials[0]);
            driver.findElement(By.id("login-password")).sendKeys(credentials[1] + Keys.ENTER);
            visible(By.id("login-code")).sendKeys(HttpSession.administratorCode() + Keys.ENTER);

            visible(By.id("idp-form"));
            assertTrue(driver.findElement(By.id("idp-status")).getText().contains("未設定"));
            driver.findElement(By.id("idp-issuer")).sendKeys("http://idp.example.jp/realms/staff");
            driver.findElement(By.id("idp-clientId")).sendKeys("lms");
            driver.findElement(By.id("idp-clientSecret")).sendKeys("secret-from-the-provider");
            driver.findElement(By.id("idp-displayName")).sendKeys("院内アカウント");
            driver.findElement(By.id("idp-save")).click();
            // Plain http is only for this machine: the field says so, nothing is saved.
            waitUpTo(15).until(ExpectedConditions.visibilityOfElementLocated(By.id("idp-issuer-error")));
            assertTrue(driver.findElement(By.id("idp-status")).getText().contains("未設定"));

            WebElement issuer = driver.findElement(By.id("idp-issuer"));
            issuer.clear();
            issuer.sendKeys(idp.newIssuer());
            driver.findElement(By.id("idp-save")).click();
            waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(By.id("idp-status"), "有効です"));
            assertEquals(HttpSession.BASE + "/api/sso/callback", driver.findElement(By.id("idp-redirect")).getAttribute("value"));
            assertEquals("", driver.findElement(By.id("idp-clientSecret")).getAttribute("value"), "the secret is never shown again");
            screenshot("19-identity-provider-settings");
            assertTrue(new HttpSession().get("/api/sso/providers").body().contains("院内アカウント"));
        }
    }
}
