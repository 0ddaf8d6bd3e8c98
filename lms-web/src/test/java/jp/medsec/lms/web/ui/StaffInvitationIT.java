package jp.medsec.lms.web.ui;

import jp.medsec.lms.web.support.HttpSession;
import jp.medsec.lms.web.support.Organisation;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An imported nurse opens her invitation link, sets her password and starts; names and titles holding script
 * payloads show as text everywhere and run nothing.
 */
class StaffInvitationIT extends BrowserTest {

    private static final String NAME_XSS = "<img src=x onerror=\"window.__xss='name'\">招待 花子";
    private static final String TITLE_XSS = "<script>window.__xss='title'</script>院内研修<b>太字</b>";

    private void assertNoScriptRan() {
        assertNull(driver.executeScript("return window.__xss;"), "an injected script ran");
    }

    @Test
    void anInvitedNurseSetsHerPasswordAndScriptInNamesStaysText() throws Exception {
        Organisation org = new Organisation();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String csv = "メールアドレス,氏名,職種,部署\ninvited-" + tag + "@example.jp,\"" + NAME_XSS.replace("\"", "\"\"") + "\",看護師,看護部\n";
        var imported = org.managerA.session().postBytes("/api/institutions/" + org.hospitalA + "/staff/import",
                csv.getBytes(StandardCharsets.UTF_8), "text/csv");
        assertEquals(200, imported.status(), imported.body());
        String link = imported.json().getJsonArray("invitations").getJsonObject(0).getString("url");
        String course = "{\"slug\":\"xss-" + tag + "\",\"track\":\"STF\",\"title\":{\"ja\":\"" + TITLE_XSS.replace("\"", "\\\"")
                + "\"},\"summary\":{\"ja\":\"<i>要約</i>\"},\"minutes\":5,\"modules\":[{\"title\":{\"ja\":\"<u>章</u>\"},\"activities\":"
                + "[{\"key\":\"p\",\"type\":\"page\",\"title\":{\"ja\":\"頁\"},\"settings\":{\"markdown\":\"本文\"}}]}]}";
        assertEquals(201, org.admin.post("/api/courses?publish=true", course).status());

        startBrowser(390, 844);
        driver.get(link);
        waitUpTo(15).until(ExpectedConditions.visibilityOfElementLocated(By.id("invitation-form")));
        assertEquals(NAME_XSS, driver.findElement(By.id("invitation-name")).getText());
        assertNoScriptRan();
        screenshot("10-invitation-phone");

        driver.findElement(By.id("inv-password")).sendKeys(Organisation.PASSWORD);
        driver.findElement(By.id("inv-submit")).click();
        waitUpTo(15).until(d -> d.findElements(By.cssSelector(".track-card")).size() == 5);
        assertTrue(driver.findElement(By.tagName("header")).getText().contains("招待 花子"));
        assertTrue(driver.findElement(By.tagName("header")).getText().contains("<img"), "the name is shown as text");
        assertNoScriptRan();

        driver.get(HttpSession.BASE + "/track.html?code=STF");
        waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "院内研修"));
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("<script>window.__xss='title'</script>院内研修<b>太字</b>"));
        assertEquals(0, driver.findElements(By.cssSelector("main b, main script:not([src])")).size(), "no markup from data");
        assertNoScriptRan();
        screenshot("11-track-with-markup-in-title");

        driver.get(link);
        waitUpTo(15).until(ExpectedConditions.visibilityOfElementLocated(By.id("invitation-error")));
        assertTrue(driver.findElement(By.id("invitation-error")).getText().contains("既に使われています"));
    }
}
