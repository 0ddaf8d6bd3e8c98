package jp.medsec.lms.web.ui;

import jp.medsec.lms.web.support.HttpSession;
import jp.medsec.lms.web.support.Organisation;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A hospital's manager, in Japanese: opens the staff page from the menu, sees who is trained, checks a
 * Shift_JIS staff list with a mistake, fixes it, imports it and gets the invitation links.
 */
class ManagerStaffPageIT extends BrowserTest {

    private static Path csv(String body) throws Exception {
        Path file = Files.createTempFile("staff-", ".csv");
        Files.write(file, body.getBytes(Charset.forName("windows-31j")));
        return file;
    }

    @Test
    void aManagerSeesTheRecordsAndImportsTheStaffList() throws Exception {
        Organisation org = new Organisation();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        startBrowser(1280, 1000);
        logIn(org.managerA.email(), null);
        waitUpTo(15).until(ExpectedConditions.visibilityOfElementLocated(By.linkText("職員の受講状況"))).click();

        WebElement table = waitUpTo(15).until(ExpectedConditions.visibilityOfElementLocated(By.id("staff-table")));
        assertTrue(table.getText().contains("看護 花子") && table.getText().contains("受講中 0%"), table.getText());
        assertFalse(table.getText().contains("診療所 職員"), "no one from another institution");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("department-filter"))).selectByVisibleText("医事課");
        assertFalse(driver.findElement(By.id("staff-table")).getText().contains("看護 花子"));
        assertTrue(driver.findElement(By.id("staff-table")).getText().contains("事務 太郎"));
        screenshot("12-manager-staff");

        driver.findElement(By.id("staff-file")).sendKeys(csv("メールアドレス,氏名,職種,部署\n"
                + "new-" + tag + "@example.jp,新人 看護師,看護師,看護部\nbad-address,誤り 行,看護師,看護部\n").toString());
        driver.findElement(By.id("check-button")).click();
        WebElement problems = waitUpTo(15).until(ExpectedConditions.visibilityOfElementLocated(By.id("import-problems")));
        assertTrue(problems.getText().contains("3") && problems.getText().contains("メールアドレスの形式ではありません"), problems.getText());
        assertFalse(driver.findElement(By.id("import-button")).isEnabled(), "a file with errors cannot be imported");
        screenshot("13-import-problems");

        driver.findElement(By.id("staff-file")).sendKeys(csv("メールアドレス,氏名,職種,部署\nnew-" + tag + "@example.jp,新人 看護師,看護師,看護部\n").toString());
        driver.findElement(By.id("check-button")).click();
        waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-summary"), "新規 1 名"));
        waitUpTo(15).until(ExpectedConditions.elementToBeClickable(By.id("import-button"))).click();
        WebElement links = waitUpTo(15).until(ExpectedConditions.visibilityOfElementLocated(By.id("invitation-links")));
        String link = links.findElement(By.tagName("input")).getAttribute("value");
        assertTrue(link.contains("/invitation.html?token="), link);
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("department-filter"))).selectByVisibleText("すべての部署");
        waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(By.id("staff-table"), "新人 看護師"));
        screenshot("14-import-done");
        assertEquals(200, new HttpSession().get("/api/invitations/" + link.substring(link.indexOf("token=") + 6)).status());
    }

    @Test
    void markupInInstitutionDepartmentAndStaffNamesStaysText() throws Exception {
        HttpSession admin = HttpSession.administrator();
        String institution = admin.post("/api/institutions", "{\"name\":\"<img src=x onerror=\\\"window.__xss='inst'\\\">病院\","
                + "\"prefectureCode\":13,\"kind\":\"HOSPITAL\",\"beds\":50}").json().getString("id");
        assertEquals(201, admin.post("/api/institutions/" + institution + "/departments",
                "{\"name\":\"<script>window.__xss='dept'</script>科\"}").status());
        var manager = new HttpSession().registerLearner("<b onmouseover=\"window.__xss='name'\">管理</b>");
        admin.send("PUT", "/api/learners/" + manager.getString("id") + "/affiliation", "{\"institutionId\":\"" + institution + "\"}");
        admin.post("/api/learners/" + manager.getString("id") + "/roles",
                "{\"role\":\"INSTITUTION_MANAGER\",\"institutionId\":\"" + institution + "\"}");

        startBrowser(1280, 1000);
        logIn(manager.getString("email"), "/staff.html");
        WebElement table = visible(By.id("staff-table"));
        String page = driver.findElement(By.tagName("main")).getText();
        assertTrue(page.contains("<img src=x onerror=\"window.__xss='inst'\">病院"), page);
        assertTrue(table.getText().contains("<b onmouseover=\"window.__xss='name'\">管理</b>"), table.getText());
        assertTrue(driver.findElement(By.id("department-filter")).getText().contains("<script>window.__xss='dept'</script>科"));
        assertEquals(0, driver.findElements(By.cssSelector("main img, main b, main script:not([src])")).size(), "no markup from data");
        assertEquals(null, driver.executeScript("return window.__xss;"), "an injected script ran");
        screenshot("17-staff-page-markup-in-names");
    }
}
