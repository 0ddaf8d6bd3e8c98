package jp.medsec.lms.activity.live.mail;

import jp.medsec.lms.activity.live.SessionNotice;
import jp.medsec.lms.activity.live.SessionNotice.Kind;
import jp.medsec.lms.core.application.mail.MailMessage;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionMailTest {

    /** 14:00-15:00 in Tokyo on Tuesday 1 December 2026. */
    private static final Instant START = Instant.parse("2026-12-01T05:00:00Z");
    private static final Instant END = Instant.parse("2026-12-01T06:00:00Z");
    private static final Optional<URI> SITE = Optional.of(URI.create("https://lms.example.jp"));

    private static SessionNotice notice(Kind kind, int position) {
        return new SessionNotice(kind, "learner-1", "course-1", "activity-1", "session-1", START, END, position);
    }

    private static MailMessage ja(Kind kind) {
        return SessionMail.compose(notice(kind, 0), "nurse@example.jp", "看護 花子", Locale.JAPANESE,
                "情報セキュリティ基礎", "ライブ講習 第1回", SITE);
    }

    @Test
    void anApplicationIsConfirmedInJapaneseWithTheTimeInJstAndALinkToThePage() {
        MailMessage m = ja(Kind.APPLICATION_RECEIVED);
        assertEquals("nurse@example.jp", m.to());
        assertEquals("【受付完了】情報セキュリティ基礎 ライブ講習 2026年12月1日(火) 14:00〜15:00 JST", m.subject());
        assertTrue(m.body().startsWith("看護 花子 様\n\nライブ講習へのお申し込みを受け付けました。"), m.body());
        assertTrue(m.body().contains("コース: 情報セキュリティ基礎\n講習: ライブ講習 第1回\n日時: 2026年12月1日(火) 14:00〜15:00 JST\n"), m.body());
        assertTrue(m.body().contains("講習のページ: https://lms.example.jp/lesson.html?course=course-1&activity=activity-1\n"), m.body());
        assertEquals("live.APPLICATION_RECEIVED session session-1", m.cause());
    }

    @Test
    void eachKindSaysWhatHappened() {
        assertTrue(ja(Kind.PROMOTED).subject().startsWith("【参加確定】"));
        assertTrue(ja(Kind.PROMOTED).body().contains("キャンセル待ちから繰り上がり"));
        assertTrue(ja(Kind.REMINDER).subject().startsWith("【まもなく開始】"));
        assertTrue(ja(Kind.SESSION_CANCELLED).subject().startsWith("【中止】"));
        assertTrue(ja(Kind.SESSION_CANCELLED).body().contains("中止になりました"));
        assertTrue(ja(Kind.RECORDING_AVAILABLE).subject().startsWith("【録画公開】"));
        assertTrue(ja(Kind.RECORDING_AVAILABLE).body().contains("録画(アーカイブ動画)を視聴できるようになりました"));
    }

    @Test
    void theWaitlistMailGivesThePosition() {
        MailMessage m = SessionMail.compose(notice(Kind.WAITLISTED, 3), "nurse@example.jp", "看護 花子", Locale.JAPANESE,
                "情報セキュリティ基礎", "ライブ講習 第1回", SITE);
        assertTrue(m.subject().startsWith("【キャンセル待ち】"));
        assertTrue(m.body().contains("キャンセル待ち(現在3番目)"), m.body());
    }

    @Test
    void anEnglishLearnerGetsEnglishWithJstToo() {
        MailMessage m = SessionMail.compose(notice(Kind.WAITLISTED, 2), "doctor@example.jp", "Taro Isha", Locale.ENGLISH,
                "Security basics", "Live session 1", SITE);
        assertEquals("Waiting list: Security basics live session, Tue 1 Dec 2026, 14:00–15:00 JST", m.subject());
        assertTrue(m.body().startsWith("Dear Taro Isha,\n\nThe session is full, so you are on the waiting list (currently number 2)."), m.body());
        assertTrue(m.body().contains("Time: Tue 1 Dec 2026, 14:00–15:00 JST\n"), m.body());
        assertTrue(m.body().contains("Session page: https://lms.example.jp/lesson.html?course=course-1&activity=activity-1"));
    }

    @Test
    void withoutAPublicAddressTheMailSaysWhereToFindThePageInsteadOfALink() {
        MailMessage m = SessionMail.compose(notice(Kind.REMINDER, 0), "nurse@example.jp", "看護 花子", Locale.JAPANESE,
                "情報セキュリティ基礎", "ライブ講習 第1回", Optional.empty());
        assertFalse(m.body().contains("http"), m.body());
        assertFalse(m.body().contains("lesson.html"), m.body());
        assertTrue(m.body().contains("「マイコース」から「情報セキュリティ基礎」を開いてください"), m.body());
    }

    @Test
    void idsInTheLinkAreEncoded() {
        SessionNotice odd = new SessionNotice(Kind.PROMOTED, "l", "a b&c", "x/y", "s", START, END, 0);
        assertEquals("https://lms.example.jp/lesson.html?course=a+b%26c&activity=x%2Fy", SessionMail.pageLink(SITE.get(), odd));
    }
}
