package jp.medsec.lms.core.application.mail;

import jp.medsec.lms.core.domain.model.mail.RetryPolicy;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the configuration means (the fields are what MicroProfile Config injects, defaults as declared). */
class MailSettingsTest {

    private static MailSettings settings(String host, String from) {
        MailSettings s = new MailSettings();
        s.host = Optional.ofNullable(host);
        s.port = Optional.empty();
        s.security = "STARTTLS";
        s.user = Optional.empty();
        s.password = Optional.empty();
        s.from = Optional.ofNullable(from);
        s.fromName = MailSettings.DEFAULT_FROM_NAME;
        s.timeoutSeconds = 30;
        s.pollSeconds = 15;
        s.firstRetrySeconds = 60;
        s.maxRetrySeconds = 3600;
        s.maxAttempts = 10;
        s.publicUrl = Optional.empty();
        return s;
    }

    @Test
    void withoutAHostOrASenderMailIsNotConfigured() {
        assertTrue(settings(null, "lms@example.jp").smtp().isEmpty());
        assertTrue(settings("  ", "lms@example.jp").smtp().isEmpty());
        assertTrue(settings("smtp.example.jp", null).smtp().isEmpty());
        assertTrue(settings("smtp.example.jp", "lms@example.jp").smtp().isPresent());
    }

    @Test
    void thePortFollowsTheSecurityUnlessSet() {
        MailSettings s = settings("smtp.example.jp", "lms@example.jp");
        assertEquals(587, s.smtp().orElseThrow().port());
        s.security = "smtps";
        assertEquals(465, s.smtp().orElseThrow().port());
        s.security = "NONE";
        assertEquals(25, s.smtp().orElseThrow().port());
        s.port = Optional.of(2525);
        assertEquals(2525, s.smtp().orElseThrow().port());
        s.security = "TLS1.0";
        assertThrows(IllegalArgumentException.class, s::smtp);
    }

    @Test
    void userAndPasswordAreOptionalAndThePasswordIsNeverShown() {
        MailSettings s = settings("smtp.example.jp", "lms@example.jp");
        s.user = Optional.of("mailer");
        s.password = Optional.of("s3cret-pass");
        SmtpSettings smtp = s.smtp().orElseThrow();
        assertEquals(Optional.of("mailer"), smtp.user());
        assertFalse(smtp.toString().contains("s3cret-pass"), smtp.toString());
        assertEquals(Duration.ofSeconds(30), smtp.timeout());
        assertEquals(MailSettings.DEFAULT_FROM_NAME, smtp.fromName());
    }

    @Test
    void retryAndLinkSettings() {
        MailSettings s = settings(null, null);
        assertEquals(RetryPolicy.DEFAULT, s.retryPolicy());
        assertEquals(Optional.empty(), s.publicUrl());
        s.publicUrl = Optional.of("https://lms.example.jp/");
        assertEquals(Optional.of(URI.create("https://lms.example.jp")), s.publicUrl());
    }
}
