package jp.medsec.lms.web.rest.live;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jp.medsec.lms.web.support.HttpSession;
import jp.medsec.lms.web.support.LiveCourses;
import jp.medsec.lms.web.support.LiveCourses.LiveCourse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * From a click to an inbox: a nurse applies for the last place and a clerk joins the waitlist over HTTP; each gets
 * an e-mail from the running server (GreenMail on lms.it.smtp.port, where mail-test.xml sends). When the nurse
 * cancels, the clerk is promoted and told by e-mail, with the session's time in JST.
 */
class LiveSessionMailIT {

    private static final int SMTP_PORT = Integer.getInteger("lms.it.smtp.port", 3124);
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private GreenMail smtp;

    @BeforeEach
    void smtpUp() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));
        smtp.start();
    }

    @AfterEach
    void smtpDown() {
        smtp.stop();
    }

    @Test
    void applyingWaitingAndBeingPromotedEachSendAMail() throws Exception {
        LiveCourse course = LiveCourses.create("メール確認 ライブ講習 " + UUID.randomUUID().toString().substring(0, 6));
        String session = LiveCourses.schedule(course, Duration.ofDays(3), 1);
        HttpSession nurse = LiveCourses.enrolledLearner(course, "申込 花子");
        HttpSession clerk = LiveCourses.enrolledLearner(course, "待機 太郎");
        String nurseEmail = nurse.get("/api/account/me").json().getString("email");
        String clerkEmail = clerk.get("/api/account/me").json().getString("email");

        assertEquals(200, nurse.post(course.session(session) + "/application", "{}").status());
        assertEquals(200, clerk.post(course.session(session) + "/application", "{}").status());
        MimeMessage received = await(nurseEmail, "【受付完了】");
        MimeMessage waiting = await(clerkEmail, "【キャンセル待ち】");
        assertTrue(String.valueOf(waiting.getContent()).contains("1番目"), String.valueOf(waiting.getContent()));
        String body = String.valueOf(received.getContent());
        assertTrue(body.contains("申込 花子 様") && body.contains("JST"), body);

        assertEquals(200, nurse.send("DELETE", course.session(session) + "/application").status());
        MimeMessage promoted = await(clerkEmail, "【参加確定】");
        assertTrue(promoted.getSubject().contains("JST"), promoted.getSubject());
        assertEquals(1, inbox(clerkEmail, "【参加確定】").size(), "told once");
    }

    private MimeMessage await(String to, String subjectStart) throws Exception {
        Instant until = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(until)) {
            List<MimeMessage> found = inbox(to, subjectStart);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no mail " + subjectStart + " to " + to + " within " + PATIENCE.toSeconds() + " s");
    }

    private List<MimeMessage> inbox(String to, String subjectStart) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(to))
                        && m.getSubject().startsWith(subjectStart);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
