package jp.medsec.lms.core.application.certificate;

import jp.medsec.lms.core.application.mail.MailMessage;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The renewal reminder in each language: the course, the number, the expiry in JST, and the course page. */
class RenewalReminderMailTest {

    /** 2026-12-04 23:59:59 JST, the end of the last valid day as certificates store it. */
    private static final Instant VALID_UNTIL = Instant.parse("2026-12-04T14:59:59Z");

    @Test
    void japaneseWithTheExpiryInJstAndTheCoursePage() {
        MailMessage m = RenewalReminderMail.compose("cert-1", "hanako@example.jp", "看護 花子", Locale.JAPANESE, "course-1",
                "情報セキュリティ基礎", "STF-2025-000123", VALID_UNTIL, Optional.of(URI.create("https://lms.example.jp")));
        assertEquals("hanako@example.jp", m.to());
        assertEquals("【有効期限のお知らせ】「情報セキュリティ基礎」の修了証は 2026年12月4日(金) まで有効です", m.subject());
        assertTrue(m.body().startsWith("看護 花子 様\n"), m.body());
        assertTrue(m.body().contains("コース: 情報セキュリティ基礎\n修了証番号: STF-2025-000123\n有効期限: 2026年12月4日(金) 23:59 JST\n"), m.body());
        assertTrue(m.body().contains("コースのページ: https://lms.example.jp/course.html?id=course-1\n"), m.body());
        assertEquals("certificate.RENEWAL_REMINDER certificate cert-1", m.cause());
    }

    @Test
    void englishForThoseWhoUseTheLmsInEnglish() {
        MailMessage m = RenewalReminderMail.compose("cert-2", "taro@example.jp", "Taro Isha", Locale.ENGLISH, "course-1",
                "Security basics", "STF-2025-000124", VALID_UNTIL, Optional.of(URI.create("https://lms.example.jp")));
        assertEquals("Your certificate for Security basics is valid until 4 December 2026", m.subject());
        assertTrue(m.body().startsWith("Dear Taro Isha,\n"), m.body());
        assertTrue(m.body().contains("Valid until: Fri 4 Dec 2026, 23:59 JST\n"), m.body());
        assertTrue(m.body().contains("Course page: https://lms.example.jp/course.html?id=course-1\n"), m.body());
    }

    @Test
    void withoutThePublicAddressTheMailSaysWhereToFindTheCourse() {
        MailMessage m = RenewalReminderMail.compose("cert-3", "hanako@example.jp", "看護 花子", Locale.JAPANESE, "course-1",
                "情報セキュリティ基礎", "STF-2025-000125", VALID_UNTIL, Optional.empty());
        assertFalse(m.body().contains("http"), m.body());
        assertTrue(m.body().contains("「マイコース」から「情報セキュリティ基礎」を開いてください"), m.body());
    }
}
