package jp.medsec.lms.web.ui;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jp.medsec.lms.web.support.HttpSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An administrator finds a mail that could not be delivered on the page 「メール送信」, reads why, and sends it
 * again once the SMTP server is back; the page then lists it as sent, in Japanese and in English.
 */
class MailPageIT extends BrowserTest {

    private GreenMail smtp;

    @AfterEach
    void smtpDown() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    private static String status(HttpSession admin, String id) {
        return admin.get("/api/admin/mail?size=200").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("id").equals(id)).findFirst().orElseThrow().getString("status");
    }

    private static void await(HttpSession admin, String id, String wanted) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(30);
        while (!status(admin, id).equals(wanted)) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("mail " + id + " never became " + wanted);
            }
            Thread.sleep(200);
        }
    }

    private void scrollTo(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }

    @Test
    void aFailedMailIsShownWithItsErrorAndSentAgain() throws Exception {
        HttpSession admin = HttpSession.administrator();
        String to = "mail-page-" + UUID.randomUUID() + "@example.jp";
        String id = admin.post("/api/admin/mail/test", "{\"to\":\"" + to + "\"}").json().getString("id");
        await(admin, id, "FAILED"); // nothing listens on the test server's SMTP port yet

        startBrowser(1280, 1000);
        String[] credentials = HttpSession.administratorCredentials();
        open("/login.html?next=%2Fmail.html");
        visible(By.id("login-email")).sendKeys(credentials[0]);
        driver.findElement(By.id("login-password")).sendKeys(credentials[1] + Keys.ENTER);
        visible(By.id("login-code")).sendKeys(HttpSession.administratorCode() + Keys.ENTER);

        WebElement row = visible(By.cssSelector("#mail-table tr[data-mail='" + id + "']"));
        assertEquals("メール送信", driver.findElement(By.tagName("h1")).getText());
        assertTrue(driver.findElement(By.linkText("メール送信")).isDisplayed(), "linked in the menu for administrators");
        assertTrue(driver.findElement(By.id("mail-configured")).isDisplayed());
        assertTrue(driver.findElement(By.id("mail-no-links")).getText().contains("LMS_PUBLIC_URL"));
        assertTrue(row.getText().contains("送信失敗"), row.getText());
        assertTrue(row.getText().contains(to));
        assertTrue(row.findElement(By.cssSelector(".mail-error")).getText().contains("onnect"), row.getText());
        scrollTo(row);
        screenshot("40-mail-failed");

        smtp = new GreenMail(new ServerSetup(Integer.getInteger("lms.it.smtp.port", 3124), "127.0.0.1", "smtp"));
        smtp.start();
        row.findElement(By.cssSelector("button[data-action='retry']")).click();
        waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#mail-list .alert-success"), "再送の待ち行列に戻しました"));
        await(admin, id, "SENT");
        // Counted by recipient: mails of other tests may reach the same SMTP server meanwhile.
        assertEquals(1, java.util.Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(to);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count());

        driver.findElement(By.cssSelector("button[data-status='SENT']")).click();
        waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#mail-table tr[data-mail='" + id + "']"), "送信済み"));
        assertEquals("", driver.findElement(By.cssSelector("#mail-table tr[data-mail='" + id + "'] .mail-error")).getText(),
                "the error of the failed attempts is over once the mail is sent");
        scrollTo(driver.findElement(By.id("mail-list")));
        screenshot("41-mail-sent");

        driver.findElement(By.id("lang-switch")).click();
        waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Mail"));
        waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#mail-table tr[data-mail='" + id + "']"), "Sent"));
        scrollTo(driver.findElement(By.id("mail-list")));
        screenshot("42-mail-sent-en");
    }
}
