package jp.medsec.lms.core.application.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.TransactionalException;
import jakarta.transaction.UserTransaction;
import jp.medsec.lms.activity.live.SessionNotice;
import jp.medsec.lms.activity.live.SessionNotice.Kind;
import jp.medsec.lms.core.application.AccountService;
import jp.medsec.lms.core.application.AccountService.Registration;
import jp.medsec.lms.core.application.Actor;
import jp.medsec.lms.core.application.CatalogService;
import jp.medsec.lms.core.application.content.ContentDocuments.ActivityDocument;
import jp.medsec.lms.core.application.content.ContentDocuments.CourseDocument;
import jp.medsec.lms.core.application.content.ContentDocuments.ModuleDocument;
import jp.medsec.lms.core.application.content.ContentDocuments.Text;
import jp.medsec.lms.core.application.content.ContentImportService;
import jp.medsec.lms.core.application.internal.MailSenderJob;
import jp.medsec.lms.core.domain.model.learner.JobCategory;
import jp.medsec.lms.core.domain.model.mail.MailStatus;
import jp.medsec.lms.core.domain.model.mail.OutgoingMail;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import static jp.medsec.lms.web.support.CoreDeployment.archiveOf;
import jp.medsec.lms.web.support.CoreDeployment;

import javax.naming.InitialContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mail outbox inside Liberty, against a real SMTP server: GreenMail, started by this test inside the server
 * on the port the server sends to (lms.arq.smtp.port, through mail-test.xml). Live-session notices fired in a
 * transaction arrive as mails; a rolled-back transaction sends nothing; while SMTP is down a mail waits with its
 * error and goes out once, when it is back; after the last attempt it is FAILED and an administrator's retry sends it.
 */
@ExtendWith(ArquillianExtension.class)
class MailOutboxIT {

    /**
     * Longer than a claim's lease with these settings (4 × the 5 s timeout + 1 min = 80 s): a mail whose sender stalled
     * after claiming it is taken over when the lease ends, as in production. CI saw that happen once in this class
     * (one mail of 24 claimed, no error, no outcome for over 30 s) and it did not happen again in 127 local repeats,
     * so a wait longer than 30 s is also written to the server log with where the mail threads are.
     */
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final Duration EXPECTED = Duration.ofSeconds(30);
    private static final int MAILS = 24;
    private static final Instant START = Instant.parse("2026-12-01T05:00:00Z");
    private static final Instant END = Instant.parse("2026-12-01T06:00:00Z");

    @Deployment
    static WebArchive deployment() {
        // The SMTP server. Jakarta Mail comes from Liberty's mail-2.1; GreenMail also touches one Angus class, so
        // Angus's jar comes along.
        return CoreDeployment.war("mail-test.war", archiveOf(GreenMail.class, "greenmail.jar"),
                archiveOf(org.slf4j.LoggerFactory.class, "slf4j-api.jar"),
                archiveOf(org.eclipse.angus.mail.imap.protocol.INTERNALDATE.class, "angus-mail.jar"));
    }

    @Inject
    Event<SessionNotice> notices;

    @Inject
    MailOutbox outbox;

    @Inject
    MailSenderJob sender;

    @Inject
    AccountService accounts;

    @Inject
    ContentImportService importer;

    @Inject
    CatalogService catalog;

    private GreenMail smtp;

    private void smtpUp() {
        smtp = new GreenMail(new ServerSetup(ConfigProvider.getConfig().getValue("lms.mail.port", Integer.class), "127.0.0.1", "smtp"));
        smtp.start();
    }

    @AfterEach
    void smtpDown() {
        if (smtp != null) {
            smtp.stop();
            smtp = null;
        }
    }

    private static UserTransaction tx() throws Exception {
        return (UserTransaction) new InitialContext().lookup("java:comp/UserTransaction");
    }

    private record Place(String courseId, String activityId) {
    }

    private Place course() {
        var doc = new CourseDocument("mail-" + UUID.randomUUID().toString().substring(0, 8), "STF",
                new Text("情報セキュリティ基礎", "Security basics"), new Text("概要", null), 10,
                List.of(new ModuleDocument(new Text("第1章", null), List.of(new ActivityDocument("live", "page",
                        new Text("ライブ講習 第1回", "Live session 1"), true, 60,
                        Json.createObjectBuilder().add("markdown", "講習").build())))));
        String courseId = importer.importCourse(doc, true).id();
        return new Place(courseId, catalog.publishedCourse(courseId).activities().get(0).id());
    }

    private String learner(String name, Locale language) {
        String id = accounts.register(new Registration("mail-" + UUID.randomUUID() + "@example.jp", "長いパスフレーズで守る2026",
                name, null, JobCategory.NURSE), "127.0.0.1").id();
        accounts.preferLanguage(id, language);
        return id;
    }

    private static SessionNotice notice(Kind kind, String learnerId, Place place, String sessionId, int position) {
        return new SessionNotice(kind, learnerId, place.courseId(), place.activityId(), sessionId, START, END, position);
    }

    private void fireCommitted(SessionNotice... fired) throws Exception {
        UserTransaction tx = tx();
        tx.begin();
        Arrays.stream(fired).forEach(notices::fire);
        tx.commit();
    }

    private List<OutgoingMail> mailsOf(String sessionId) {
        return outbox.list(null, 0, 200).items().stream().filter(m -> m.cause().endsWith("session " + sessionId)).toList();
    }

    private OutgoingMail mailOf(String sessionId) {
        List<OutgoingMail> found = mailsOf(sessionId);
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        await(() -> what, condition);
    }

    private static void await(Supplier<String> what, BooleanSupplier condition) throws InterruptedException {
        Instant start = Instant.now();
        boolean told = false;
        while (!condition.getAsBoolean()) {
            Duration waited = Duration.between(start, Instant.now());
            if (waited.compareTo(PATIENCE) > 0) {
                throw new AssertionError("Waited " + PATIENCE.toSeconds() + " s for: " + what.get() + "\n" + mailThreads());
            }
            if (!told && waited.compareTo(EXPECTED) > 0) {
                told = true;
                Logger.getLogger(MailOutboxIT.class.getName()).warning("Waiting over " + EXPECTED.toSeconds() + " s for: "
                        + what.get() + "\n" + mailThreads());
            }
            Thread.sleep(100);
        }
    }

    /** The stacks of the server's threads that are somewhere in the mail sender (this test runs inside the server). */
    private static String mailThreads() {
        StringBuilder b = new StringBuilder();
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            if (Arrays.stream(stack).anyMatch(f -> f.getClassName().contains(".mail.") || f.getClassName().contains("Mail"))) {
                b.append(thread.getName()).append(' ').append(thread.getState()).append('\n');
                Arrays.stream(stack).limit(40).forEach(f -> b.append("    at ").append(f).append('\n'));
            }
        });
        return b.length() == 0 ? "no thread in the mail sender" : b.toString();
    }

    private List<MimeMessage> receivedBy(String address) throws Exception {
        List<MimeMessage> to = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address))) {
                to.add(m);
            }
        }
        return to;
    }

    private String emailOf(String learnerId) {
        return accounts.find(learnerId).orElseThrow().email();
    }

    @Test
    void noticesArriveAsMailsInTheLearnersLanguageWithTheTimeInJstAndTheLink() throws Exception {
        smtpUp();
        Place place = course();
        String hanako = learner("看護 花子", Locale.JAPANESE);
        String taro = learner("Taro Isha", Locale.ENGLISH);
        String session = UUID.randomUUID().toString();
        fireCommitted(notice(Kind.APPLICATION_RECEIVED, hanako, place, session, 0), notice(Kind.WAITLISTED, taro, place, session, 2));

        await("both mails delivered", () -> mailsOf(session).stream().allMatch(m -> m.status() == MailStatus.SENT)
                && mailsOf(session).size() == 2);
        MimeMessage ja = receivedBy(emailOf(hanako)).get(0);
        assertEquals("【受付完了】情報セキュリティ基礎 ライブ講習 2026年12月1日(火) 14:00〜15:00 JST", ja.getSubject());
        String jaBody = ((String) ja.getContent()).replace("\r\n", "\n");
        assertTrue(jaBody.startsWith("看護 花子 様\n"), jaBody);
        assertTrue(jaBody.contains("講習: ライブ講習 第1回\n日時: 2026年12月1日(火) 14:00〜15:00 JST\n"), jaBody);
        assertTrue(jaBody.contains("講習のページ: https://lms.example.jp/lesson.html?course=" + place.courseId()
                + "&activity=" + place.activityId()), jaBody);

        MimeMessage en = receivedBy(emailOf(taro)).get(0);
        assertEquals("Waiting list: Security basics live session, Tue 1 Dec 2026, 14:00–15:00 JST", en.getSubject());
        assertTrue(((String) en.getContent()).contains("currently number 2"));
        assertEquals(1, receivedBy(emailOf(hanako)).size(), "one mail each");
        assertEquals(1, receivedBy(emailOf(taro)).size(), "one mail each");
    }

    @Test
    void aRolledBackChangeSendsNothing() throws Exception {
        smtpUp();
        Place place = course();
        String hanako = learner("看護 花子", Locale.JAPANESE);
        String session = UUID.randomUUID().toString();
        UserTransaction tx = tx();
        tx.begin();
        notices.fire(notice(Kind.PROMOTED, hanako, place, session, 0));
        tx.rollback();
        Thread.sleep(3000); // three of the sender's polls
        assertEquals(List.of(), mailsOf(session));
        assertEquals(List.of(), receivedBy(emailOf(hanako)));
    }

    @Test
    void theOutboxOnlyWritesInsideTheCallersTransaction() {
        assertThrows(TransactionalException.class, () -> outbox.enqueue(new MailMessage("a@example.jp", "件名", "本文", "test")));
    }

    @Test
    void whileSmtpIsDownTheMailWaitsWithItsErrorAndGoesOutOnceWhenItIsBack() throws Exception {
        Place place = course();
        String hanako = learner("看護 花子", Locale.JAPANESE);
        String session = UUID.randomUUID().toString();
        fireCommitted(notice(Kind.SESSION_CANCELLED, hanako, place, session, 0));

        await("a failed attempt", () -> mailOf(session).lastError().isPresent());
        OutgoingMail waiting = mailOf(session);
        assertEquals(MailStatus.PENDING, waiting.status());
        assertTrue(waiting.lastError().orElseThrow().contains("onnect"), waiting.lastError().orElseThrow());
        assertTrue(waiting.nextAttemptAt().isPresent());

        smtpUp();
        await("delivered after SMTP came back", () -> mailOf(session).status() == MailStatus.SENT);
        Thread.sleep(2000); // later polls must not send it again
        List<MimeMessage> got = receivedBy(emailOf(hanako));
        assertEquals(1, got.size());
        assertTrue(got.get(0).getSubject().startsWith("【中止】"));
    }

    @Test
    void afterTheLastAttemptTheMailIsFailedAndAnAdministratorsRetrySendsIt() throws Exception {
        Place place = course();
        String hanako = learner("看護 花子", Locale.JAPANESE);
        String session = UUID.randomUUID().toString();
        fireCommitted(notice(Kind.REMINDER, hanako, place, session, 0));

        await("FAILED after the last attempt", () -> mailOf(session).status() == MailStatus.FAILED);
        OutgoingMail failed = mailOf(session);
        assertEquals(4, failed.attempts());
        assertTrue(failed.nextAttemptAt().isEmpty());
        assertTrue(outbox.list(MailStatus.FAILED, 0, 200).items().stream().anyMatch(m -> m.id().equals(failed.id())),
                "listed for administrators");
        assertTrue(outbox.overview().counts().get(MailStatus.FAILED) >= 1);

        smtpUp();
        outbox.retry(failed.id(), new Actor(hanako, "127.0.0.1"));
        await("sent after the retry", () -> mailOf(session).status() == MailStatus.SENT);
        assertEquals(1, receivedBy(emailOf(hanako)).size());
    }

    @Test
    void overlappingSendsNeverSendAMailTwice() throws Exception {
        smtpUp();
        Place place = course();
        String session = UUID.randomUUID().toString();
        List<String> learners = new ArrayList<>();
        for (int i = 0; i < MAILS; i++) {
            learners.add(learner("受講者 " + i, Locale.JAPANESE));
        }
        fireCommitted(learners.stream().map(l -> notice(Kind.RECORDING_AVAILABLE, l, place, session, 0)).toArray(SessionNotice[]::new));

        // Eight runs at once, besides the scheduled one: each mail must be claimed by exactly one of them.
        ExecutorService pool = (ExecutorService) new InitialContext().lookup("java:comp/DefaultManagedExecutorService");
        List<Callable<Integer>> runs = Collections.nCopies(8, sender::sendDue);
        int sent = 0;
        for (Future<Integer> f : pool.invokeAll(runs)) {
            sent += f.get();
        }
        assertTrue(sent <= MAILS, "claimed more mails than exist: " + sent);
        // On a long wait, say how the undelivered mails stand (attempts, error, lease), not only that time ran out.
        await(() -> "all delivered; still waiting: " + mailsOf(session).stream().filter(m -> m.status() != MailStatus.SENT)
                        .map(m -> m.status() + " after " + m.attempts() + " attempts, next " + m.nextAttemptAt().orElse(null)
                                + ", error " + m.lastError().orElse("none")).toList(),
                () -> mailsOf(session).stream().allMatch(m -> m.status() == MailStatus.SENT));
        Thread.sleep(2000);
        for (String l : learners) {
            assertEquals(1, receivedBy(emailOf(l)).size(), "exactly one mail for " + l);
        }
    }
}
