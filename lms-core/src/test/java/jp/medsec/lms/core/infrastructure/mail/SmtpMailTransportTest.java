package jp.medsec.lms.core.infrastructure.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jp.medsec.lms.core.application.mail.MailMessage;
import jp.medsec.lms.core.application.mail.MailSendException;
import jp.medsec.lms.core.application.mail.SmtpSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Jakarta Mail against a real SMTP server (GreenMail on a free port). */
class SmtpMailTransportTest {

    private GreenMail smtp;

    @BeforeEach
    void start() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    private SmtpSettings settings(int port, Optional<String> user, Optional<String> password) {
        return new SmtpSettings("127.0.0.1", port, SmtpSettings.Security.NONE, user, password, "lms@example.jp",
                "医療機関サイバーセキュリティ研修", Duration.ofSeconds(5));
    }

    @Test
    void aJapaneseMailArrivesIntactWithEncodedHeaders() throws Exception {
        String body = "看護 花子 様\n\nライブ講習へのお申し込みを受け付けました。\n日時: 2026年12月1日(火) 14:00〜15:00 JST\n";
        new SmtpMailTransport().send(settings(smtp.getSmtp().getPort(), Optional.empty(), Optional.empty()),
                new MailMessage("nurse@example.jp", "【受付完了】情報セキュリティ基礎", body, "test"));
        MimeMessage got = smtp.getReceivedMessages()[0];
        assertEquals("【受付完了】情報セキュリティ基礎", got.getSubject());
        // The raw header is ASCII (RFC 2047), whatever the mail client.
        String raw = got.getHeader("Subject")[0];
        assertTrue(raw.startsWith("=?UTF-8?"), raw);
        InternetAddress from = (InternetAddress) got.getFrom()[0];
        assertEquals("lms@example.jp", from.getAddress());
        assertEquals("医療機関サイバーセキュリティ研修", from.getPersonal());
        assertTrue(got.getContentType().toLowerCase().contains("text/plain"), got.getContentType());
        assertTrue(got.getContentType().toLowerCase().contains("utf-8"), got.getContentType());
        assertEquals(body.strip(), ((String) got.getContent()).replace("\r\n", "\n").strip());
        assertEquals("auto-generated", got.getHeader("Auto-Submitted")[0]);
        assertEquals("nurse@example.jp", GreenMailUtil.getAddressList(got.getAllRecipients()));
    }

    @Test
    void smtpAuthIsUsedWhenAUserIsSet() throws Exception {
        smtp.setUser("lms@example.jp", "mailer", "s3cret-pass");
        new SmtpMailTransport().send(settings(smtp.getSmtp().getPort(), Optional.of("mailer"), Optional.of("s3cret-pass")),
                new MailMessage("nurse@example.jp", "件名", "本文", "test"));
        assertEquals(1, smtp.getReceivedMessages().length);
        MailSendException e = assertThrows(MailSendException.class, () -> new SmtpMailTransport().send(
                settings(smtp.getSmtp().getPort(), Optional.of("mailer"), Optional.of("wrong-pass")),
                new MailMessage("nurse@example.jp", "件名", "本文", "test")));
        assertFalse(e.getMessage().contains("wrong-pass"), e.getMessage());
    }

    @Test
    void anUnreachableServerIsAShortReadableError() {
        int port = smtp.getSmtp().getPort();
        smtp.stop();
        MailSendException e = assertThrows(MailSendException.class, () -> new SmtpMailTransport().send(
                settings(port, Optional.empty(), Optional.empty()), new MailMessage("nurse@example.jp", "件名", "本文を出さない", "test")));
        assertTrue(e.getMessage().contains("Connection refused") || e.getMessage().contains("connect"), e.getMessage());
        assertFalse(e.getMessage().contains("本文を出さない"));
    }

    @Test
    void theSettingsNeverShowThePassword() {
        assertFalse(settings(25, Optional.of("u"), Optional.of("s3cret-pass")).toString().contains("s3cret-pass"));
    }
}
