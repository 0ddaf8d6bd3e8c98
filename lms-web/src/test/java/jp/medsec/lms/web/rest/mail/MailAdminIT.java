package jp.medsec.lms.web.rest.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jp.medsec.lms.web.support.HttpSession;
import jp.medsec.lms.web.support.HttpSession.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The administrators' mail API against the running test server, which sends to GreenMail on lms.it.smtp.port
 * (mail-test.xml: polled every second, retried after 1 and 2 s, FAILED after 4 attempts). The test mail is the
 * administrator's own way to put a mail through the outbox, so it drives every state here.
 */
class MailAdminIT {

    private static final int SMTP_PORT = Integer.getInteger("lms.it.smtp.port", 3124);
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final HttpSession admin = HttpSession.administrator();
    private GreenMail smtp;

    private void smtpUp() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));
        smtp.start();
    }

    @AfterEach
    void smtpDown() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    private static String address() {
        return "mail-it-" + UUID.randomUUID() + "@example.jp";
    }

    private JsonObject find(String id) {
        return admin.get("/api/admin/mail?size=200").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("id").equals(id)).findFirst().orElseThrow(() -> new AssertionError("mail " + id + " not listed"));
    }

    private JsonObject await(String id, Predicate<JsonObject> condition, String what) throws InterruptedException {
        Instant until = Instant.now().plus(PATIENCE);
        JsonObject mail = find(id);
        while (!condition.test(mail)) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("Waited " + PATIENCE.toSeconds() + " s for " + what + ": " + mail);
            }
            Thread.sleep(200);
            mail = find(id);
        }
        return mail;
    }

    private long receivedBy(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }

    private static void assertProblem(Reply reply, int status, String type) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.isProblem(), reply.toString());
        assertEquals(type, reply.json().getString("type"), reply.body());
        assertFalse(reply.json().getString("detail").isBlank());
    }

    @Test
    void aTestMailGoesOutAndIsListedAsSent() throws Exception {
        smtpUp();
        String to = address();
        Reply queued = admin.post("/api/admin/mail/test", "{\"to\":\"" + to + "\"}");
        assertEquals(202, queued.status(), queued.body());
        assertEquals("PENDING", queued.json().getString("status"));
        assertFalse(queued.json().containsKey("body"), "bodies are not shown");

        JsonObject sent = await(queued.json().getString("id"), m -> m.getString("status").equals("SENT"), "SENT");
        assertTrue(sent.containsKey("sentAt"));
        assertEquals(1, receivedBy(to));
        MimeMessage got = Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(to);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow();
        assertTrue(got.getSubject().startsWith("【テスト】"), got.getSubject());

        JsonObject list = admin.get("/api/admin/mail?status=SENT").json();
        assertTrue(list.getBoolean("configured"));
        assertTrue(list.getJsonObject("counts").getInt("SENT") >= 1);
        assertTrue(list.getJsonArray("items").getValuesAs(JsonObject.class).stream().allMatch(m -> m.getString("status").equals("SENT")));
        assertTrue(admin.get("/api/audit?action=mail.tested").array().stream()
                .anyMatch(e -> e.asJsonObject().getString("subject").equals(sent.getString("id"))));
    }

    @Test
    void whenSmtpStaysDownTheMailFailsVisiblyAndTheAdministratorsRetrySendsItOnce() throws Exception {
        String to = address();
        String id = admin.post("/api/admin/mail/test", "{\"to\":\"" + to + "\"}").json().getString("id");

        JsonObject failed = await(id, m -> m.getString("status").equals("FAILED"), "FAILED");
        assertEquals(4, failed.getInt("attempts"));
        assertTrue(failed.getString("lastError").contains("onnect"), failed.getString("lastError"));
        assertFalse(failed.containsKey("nextAttemptAt"));
        assertTrue(admin.get("/api/admin/mail?status=FAILED").json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().anyMatch(m -> m.getString("id").equals(id)));
        assertTrue(admin.get("/api/admin/mail").json().getJsonObject("counts").getInt("FAILED") >= 1);
        // Monitoring sees the failure too, without the server being taken out of service.
        JsonObject health = new HttpSession().get("/health/ready").json();
        JsonObject mailCheck = health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("mail")).findFirst().orElseThrow();
        assertEquals("UP", mailCheck.getString("status"));
        assertEquals("degraded", mailCheck.getJsonObject("data").getString("state"));

        smtpUp();
        Reply retried = admin.post("/api/admin/mail/" + id + "/retry", "{}");
        assertEquals(200, retried.status(), retried.body());
        assertEquals("PENDING", retried.json().getString("status"));
        assertEquals(0, retried.json().getInt("attempts"));
        await(id, m -> m.getString("status").equals("SENT"), "SENT after the retry");
        Thread.sleep(2000); // later polls must not send it again
        assertEquals(1, receivedBy(to));

        assertProblem(admin.post("/api/admin/mail/" + id + "/retry", "{}"), 409, "/problems/mail.not-failed");
        assertTrue(admin.get("/api/audit?action=mail.retried").array().stream()
                .anyMatch(e -> e.asJsonObject().getString("subject").equals(id)));
    }

    @Test
    void badRequestsAreProblems() {
        assertProblem(admin.get("/api/admin/mail?status=BOUNCED"), 400, "/problems/mail.status");
        assertProblem(admin.get("/api/admin/mail?size=0"), 400, "/problems/validation.failed");
        Reply badAddress = admin.post("/api/admin/mail/test", "{\"to\":\"not an address\"}");
        assertProblem(badAddress, 400, "/problems/mail.address");
        assertEquals("to", badAddress.json().getJsonArray("violations").getJsonObject(0).getString("field"));
        assertProblem(admin.post("/api/admin/mail/" + UUID.randomUUID() + "/retry", "{}"), 404, "/problems/mail.not-found");
    }

    @Test
    void theLanguageForMailsIsOneTheLmsSpeaks() {
        HttpSession learner = new HttpSession();
        learner.registerLearner("言語 確認");
        assertEquals(204, learner.send("PUT", "/api/account/language", "{\"language\":\"en\"}").status());
        assertProblem(learner.send("PUT", "/api/account/language", "{\"language\":\"fr\"}"), 400, "/problems/validation.failed");
    }

    @Test
    void theListPages() {
        admin.post("/api/admin/mail/test", "{\"to\":\"" + address() + "\"}");
        admin.post("/api/admin/mail/test", "{\"to\":\"" + address() + "\"}");
        JsonObject first = admin.get("/api/admin/mail?page=0&size=1").json();
        JsonObject second = admin.get("/api/admin/mail?page=1&size=1").json();
        assertEquals(1, first.getJsonArray("items").size());
        assertTrue(first.getInt("total") >= 2);
        assertEquals(1, second.getInt("page"));
        assertTrue(!first.getJsonArray("items").getJsonObject(0).getString("id")
                .equals(second.getJsonArray("items").getJsonObject(0).getString("id")));
    }
}
