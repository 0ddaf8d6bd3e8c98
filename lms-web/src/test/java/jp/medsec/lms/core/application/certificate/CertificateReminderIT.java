package jp.medsec.lms.core.application.certificate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;
import jp.medsec.lms.core.application.AccountService;
import jp.medsec.lms.core.application.AccountService.Registration;
import jp.medsec.lms.core.application.content.ContentDocuments.ActivityDocument;
import jp.medsec.lms.core.application.content.ContentDocuments.CourseDocument;
import jp.medsec.lms.core.application.content.ContentDocuments.ModuleDocument;
import jp.medsec.lms.core.application.content.ContentDocuments.Text;
import jp.medsec.lms.core.application.content.ContentImportService;
import jp.medsec.lms.core.application.internal.CertificateReminderJob;
import jp.medsec.lms.core.application.mail.MailOutbox;
import jp.medsec.lms.core.domain.model.certificate.Certificate;
import jp.medsec.lms.core.domain.model.certificate.CertificateRepository;
import jp.medsec.lms.core.domain.model.learner.JobCategory;
import jp.medsec.lms.core.domain.model.mail.MailStatus;
import jp.medsec.lms.core.domain.model.mail.OutgoingMail;
import jp.medsec.lms.web.support.CoreDeployment;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.naming.InitialContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import static jp.medsec.lms.web.support.CoreDeployment.archiveOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Renewal reminders inside Liberty, delivered to a real SMTP server (GreenMail on the port the Arquillian server sends
 * to, as in MailOutboxIT): one mail per certificate in the holder's language with the expiry in JST and the course page,
 * however many runs of the job overlap; none for revoked, superseded or already renewed certificates, none outside the
 * window, none again for a reissue of a certificate already reminded about. Certificates are written directly with the
 * expiry a test needs (a test cannot complete a course eleven months ago).
 */
@ExtendWith(ArquillianExtension.class)
class CertificateReminderIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Deployment
    static WebArchive deployment() {
        return CoreDeployment.war("certificate-reminder.war", archiveOf(GreenMail.class, "greenmail.jar"),
                archiveOf(org.slf4j.LoggerFactory.class, "slf4j-api.jar"),
                archiveOf(org.eclipse.angus.mail.imap.protocol.INTERNALDATE.class, "angus-mail.jar"));
    }

    @Inject
    CertificateReminderJob job;

    @Inject
    CertificateRepository repository;

    @Inject
    MailOutbox outbox;

    @Inject
    AccountService accounts;

    @Inject
    ContentImportService importer;

    @Inject
    UserTransaction tx;

    private GreenMail smtp;

    @BeforeEach
    void smtpUp() {
        smtp = new GreenMail(new ServerSetup(ConfigProvider.getConfig().getValue("lms.mail.port", Integer.class), "127.0.0.1", "smtp"));
        smtp.start();
    }

    @AfterEach
    void smtpDown() {
        smtp.stop();
    }

    @Test
    void oneReminderPerCertificateInTheHoldersLanguageHoweverManyRunsOverlap() throws Exception {
        String courseId = course("情報セキュリティ基礎", "Security basics");
        String hanako = learner("看護 花子", Locale.JAPANESE);
        String taro = learner("Taro Isha", Locale.ENGLISH);
        Instant expiry = endOfDayJst(Instant.now().plus(Duration.ofDays(10)));
        Certificate hanakos = store(hanako, courseId, expiry);
        Certificate taros = store(taro, courseId, expiry);

        // Four runs at once, then one more after them (as after a restart): each certificate is reminded once.
        ExecutorService pool = (ExecutorService) new InitialContext().lookup("java:comp/DefaultManagedExecutorService");
        List<Callable<Integer>> runs = List.of(job::remindDue, job::remindDue, job::remindDue, job::remindDue);
        for (Future<Integer> run : pool.invokeAll(runs)) {
            run.get();
        }
        job.remindDue();

        await("both reminders delivered", () -> sent(hanakos) && sent(taros));
        Thread.sleep(2000); // later polls of the sender must not send anything again
        assertEquals(1, mailsAbout(hanakos).size(), "one reminder in the outbox");
        assertEquals(1, mailsAbout(taros).size(), "one reminder in the outbox");
        assertEquals(mailsAbout(hanakos).get(0).id(), repository.reminder(hanakos.id()).orElseThrow().mailId().orElseThrow());

        List<MimeMessage> toHanako = receivedBy(emailOf(hanako));
        assertEquals(1, toHanako.size(), "exactly one mail to the holder");
        String date = expiry.atZone(java.time.ZoneId.of("Asia/Tokyo")).toLocalDate().format(
                java.time.format.DateTimeFormatter.ofPattern("uuuu年M月d日(E)", Locale.JAPANESE));
        assertEquals("【有効期限のお知らせ】「情報セキュリティ基礎」の修了証は " + date + " まで有効です", toHanako.get(0).getSubject());
        String body = ((String) toHanako.get(0).getContent()).replace("\r\n", "\n");
        assertTrue(body.startsWith("看護 花子 様\n"), body);
        assertTrue(body.contains("修了証番号: " + hanakos.number() + "\n有効期限: " + date + " 23:59 JST\n"), body);
        assertTrue(body.contains("コースのページ: https://lms.example.jp/course.html?id=" + courseId + "\n"), body);

        List<MimeMessage> toTaro = receivedBy(emailOf(taro));
        assertEquals(1, toTaro.size(), "exactly one mail to the holder");
        assertTrue(toTaro.get(0).getSubject().startsWith("Your certificate for Security basics is valid until "), toTaro.get(0).getSubject());
        assertTrue(((String) toTaro.get(0).getContent()).contains("23:59 JST"));

        // Runs after delivery (another hour, a restart) find them reminded.
        job.remindDue();
        Thread.sleep(1500);
        assertEquals(1, mailsAbout(hanakos).size());
        assertEquals(1, receivedBy(emailOf(hanako)).size());
    }

    @Test
    void noReminderForRevokedSupersededRenewedOrNotYetDueCertificates() throws Exception {
        String courseId = course("医療情報システムの安全管理", null);
        Instant soon = endOfDayJst(Instant.now().plus(Duration.ofDays(10)));
        Certificate revoked = store(learner("失効 一郎", Locale.JAPANESE), courseId, soon);
        change(revoked.id(), c -> c.revoke("受講記録の誤り", Instant.now()));
        Certificate superseded = store(learner("再発行 二郎", Locale.JAPANESE), courseId, soon);
        change(superseded.id(), Certificate::supersede);
        // Renewed: last year's expires soon, but this year's (issued without superseding it) lasts another year.
        String renewer = learner("更新 三郎", Locale.JAPANESE);
        Certificate lastYears = store(renewer, courseId, soon, Instant.now().minus(Duration.ofDays(380)));
        Certificate thisYears = store(renewer, courseId, endOfDayJst(Instant.now().plus(Duration.ofDays(360))), Instant.now());
        Certificate later = store(learner("先の 四郎", Locale.JAPANESE), courseId, endOfDayJst(Instant.now().plus(Duration.ofDays(60))));
        Certificate expired = store(learner("期限切れ 五郎", Locale.JAPANESE), courseId, Instant.now().minus(Duration.ofDays(2)));
        // And one that is due, so that this test would notice a job that sends nothing at all.
        Certificate due = store(learner("対象 六郎", Locale.JAPANESE), courseId, soon);

        job.remindDue();
        job.remindDue();
        await("the due one delivered", () -> sent(due));
        Thread.sleep(2000);
        for (Certificate c : List.of(revoked, superseded, lastYears, thisYears, later, expired)) {
            assertEquals(List.of(), mailsAbout(c), "no reminder for " + c.learnerName());
            assertEquals(List.of(), receivedBy(emailOf(c.learnerId())), "no mail to " + c.learnerName());
            assertTrue(repository.reminder(c.id()).isEmpty(), c.learnerName());
        }
        assertEquals(1, receivedBy(emailOf(due.learnerId())).size());
    }

    @Test
    void aReissueOfACertificateAlreadyRemindedAboutSendsNoSecondMail() throws Exception {
        String courseId = course("インシデント対応", null);
        String learner = learner("改姓 花子", Locale.JAPANESE);
        Instant expiry = endOfDayJst(Instant.now().plus(Duration.ofDays(5)));
        Certificate first = store(learner, courseId, expiry);
        job.remindDue();
        await("the reminder delivered", () -> sent(first));

        // A reissue (a change of name): the old one superseded, a new one with the same completion and expiry.
        change(first.id(), Certificate::supersede);
        Certificate reissued = store(learner, courseId, expiry, first.completedAt());
        job.remindDue();
        Thread.sleep(2000);
        assertTrue(repository.reminder(reissued.id()).isPresent(), "remembered, so it is not looked at again");
        assertTrue(repository.reminder(reissued.id()).get().mailId().isEmpty(), "but no mail");
        assertEquals(List.of(), mailsAbout(reissued));
        assertEquals(1, receivedBy(emailOf(learner)).size(), "the holder was told once about this expiry");
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private String course(String titleJa, String titleEn) {
        return importer.importCourse(new CourseDocument("reminder-" + UUID.randomUUID().toString().substring(0, 8), "STF",
                new Text(titleJa, titleEn), new Text("概要", null), 30, List.of(new ModuleDocument(new Text("章", null),
                List.of(new ActivityDocument("p", "page", new Text("頁", null), true, 30,
                        Json.createObjectBuilder().add("markdown", "本文").build()))))), true).id();
    }

    private String learner(String name, Locale language) {
        String id = accounts.register(new Registration("reminder-" + UUID.randomUUID() + "@example.jp", "長いパスフレーズで守る2026",
                name, null, JobCategory.NURSE), "127.0.0.1").id();
        accounts.preferLanguage(id, language);
        return id;
    }

    private String emailOf(String learnerId) {
        return accounts.find(learnerId).orElseThrow().email();
    }

    /** The last second of that day in JST, as certificates store their expiry. */
    private static Instant endOfDayJst(Instant day) {
        var tokyo = java.time.ZoneId.of("Asia/Tokyo");
        return day.atZone(tokyo).toLocalDate().plusDays(1).atStartOfDay(tokyo).toInstant().minusSeconds(1);
    }

    private Certificate store(String learnerId, String courseId, Instant validUntil) throws Exception {
        return store(learnerId, courseId, validUntil, validUntil.minus(Duration.ofDays(365)));
    }

    private Certificate store(String learnerId, String courseId, Instant validUntil, Instant completedAt) throws Exception {
        String name = accounts.find(learnerId).orElseThrow().fullName();
        tx.begin();
        try {
            String random = UUID.randomUUID().toString().replace("-", "").toUpperCase(Locale.ROOT);
            Certificate c = new Certificate(new Certificate.Holder(learnerId, name, null, courseId, "コース", "STF",
                    "初学者・医療従事者向け", 30, "ja", null), "STF-RMD-" + random.substring(0, 10), "RMD" + random.substring(0, 17),
                    repository.next("status-index") - 1, completedAt, completedAt, validUntil, "automatic", null);
            repository.storeNow(c);
            tx.commit();
            return c;
        } catch (Exception e) {
            tx.rollback();
            throw e;
        }
    }

    private void change(String certificateId, java.util.function.Consumer<Certificate> change) throws Exception {
        tx.begin();
        try {
            change.accept(repository.find(certificateId).orElseThrow());
            tx.commit();
        } catch (Exception e) {
            tx.rollback();
            throw e;
        }
    }

    private List<OutgoingMail> mailsAbout(Certificate c) {
        return outbox.list(null, 0, 200).items().stream()
                .filter(m -> m.cause().equals(RenewalReminderMail.CAUSE + c.id())).toList();
    }

    private boolean sent(Certificate c) {
        List<OutgoingMail> mails = mailsAbout(c);
        return !mails.isEmpty() && mails.stream().allMatch(m -> m.status() == MailStatus.SENT);
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant until = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("Waited " + PATIENCE.toSeconds() + " s for: " + what);
            }
            Thread.sleep(100);
        }
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
}
