package jp.medsec.lms.web.ui;

import jp.medsec.lms.web.rest.QuestionBankIT;
import jp.medsec.lms.web.support.HttpSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A trainer checks a GIFT file on the question bank page, sees its error by question and line, and imports the rest. */
class QuestionBankPageIT extends BrowserTest {

    @Test
    void checkAFileSeeTheErrorImportWithoutIt() throws Exception {
        HttpSession admin = HttpSession.administrator();
        HttpSession trainer = new HttpSession();
        var account = trainer.registerLearner("講師 三郎");
        assertEquals(200, admin.post("/api/learners/" + account.getString("id") + "/roles", "{\"role\":\"TRAINER\"}").status());
        String tag = "page-" + UUID.randomUUID().toString().substring(0, 6);
        Path file = Files.createTempFile("drill", ".gift");
        Files.write(file, QuestionBankIT.drillFile(tag));

        startBrowser(1280, 1000);
        logIn(account.getString("email"), "/bank.html");
        visible(By.id("bank-file")).sendKeys(file.toString());
        driver.findElement(By.id("bank-check")).click();
        waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-issues"), "3問目・19行目"));
        assertTrue(driver.findElement(By.id("import-summary")).getText().contains("誤りが1件"));
        assertTrue(!driver.findElement(By.id("bank-import")).isEnabled(), "a file with errors is not imported as it is");
        screenshot("23-question-bank-check");

        driver.findElement(By.id("bank-import-skip")).click();
        waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-summary"), "3問を問題バンクに取り込みました"));
        visible(By.id("bank-filter")).sendKeys(tag);
        waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(By.id("bank-table"), tag + "-01 不審メールの報告先"));
        assertEquals(3, driver.findElements(By.cssSelector("#bank-table tbody tr")).size());
        screenshot("24-question-bank-imported");
    }
}
