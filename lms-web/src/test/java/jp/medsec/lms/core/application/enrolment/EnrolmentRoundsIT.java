package jp.medsec.lms.core.application.enrolment;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jp.medsec.lms.core.application.AccountService;
import jp.medsec.lms.core.application.AccountService.Registration;
import jp.medsec.lms.core.application.CertificateService;
import jp.medsec.lms.core.application.EnrolmentService;
import jp.medsec.lms.core.application.EnrolmentService.Standing;
import jp.medsec.lms.core.application.content.ContentDocuments.ActivityDocument;
import jp.medsec.lms.core.application.content.ContentDocuments.CourseDocument;
import jp.medsec.lms.core.application.content.ContentDocuments.ModuleDocument;
import jp.medsec.lms.core.application.content.ContentDocuments.Text;
import jp.medsec.lms.core.application.content.ContentImportService;
import jp.medsec.lms.core.domain.model.certificate.Certificate;
import jp.medsec.lms.core.domain.model.certificate.CertificateStatus;
import jp.medsec.lms.core.domain.model.learner.JobCategory;
import jp.medsec.lms.core.domain.model.shared.ConflictException;
import jp.medsec.lms.core.domain.model.shared.FiscalYear;
import jp.medsec.lms.quiz.activity.QuizActivityType;
import jp.medsec.lms.quiz.application.QuestionBankService;
import jp.medsec.lms.quiz.application.QuizService;
import jp.medsec.lms.quiz.application.QuizService.AttemptView;
import jp.medsec.lms.quiz.application.QuizService.QuizContext;
import jp.medsec.lms.quiz.interchange.ImportPolicy;
import jp.medsec.lms.web.support.CoreDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.naming.InitialContext;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Annual re-taking inside Liberty, with the quiz plugin installed: a nurse completes a course with a page and a quiz,
 * a new fiscal year begins (her completion is moved back a year), she starts a new round, and nothing of the old round
 * counts: the page's old "marked-done" does not complete it again, the quiz's old attempts neither count towards the
 * new grade nor use up attempts, and an attempt left open in the old round is closed without completing anything.
 * Completing again issues this year's certificate and supersedes last year's. Racing re-takes start one round. And a
 * quiz submission is one transaction, the reads of its context included.
 */
@ExtendWith(ArquillianExtension.class)
class EnrolmentRoundsIT {

    private static final Instant LAST_YEAR = Instant.now().minusSeconds(400L * 24 * 3600);

    @Deployment
    static WebArchive deployment() {
        return CoreDeployment.war("enrolment-rounds.war", CoreDeployment.archiveOf(QuizActivityType.class, "lms-quiz.jar"))
                .addClass(Backdating.class);
    }

    @Inject
    EnrolmentService enrolments;

    @Inject
    QuizService quizzes;

    @Inject
    QuestionBankService bank;

    @Inject
    CertificateService certificates;

    @Inject
    ContentImportService importer;

    @Inject
    AccountService accounts;

    @Inject
    Backdating backdating;

    private String courseId;
    private String learnerId;

    @Test
    void aNewRoundStartsFreshAndCompletingItRenewsTheCertificate() throws Exception {
        setUp();
        assertThrows(ConflictException.class, () -> enrolments.startNewRound(learnerId, courseId), "not complete yet");

        completePage();
        AttemptView passed = takeQuiz(true);
        assertEquals(Boolean.TRUE, passed.passed());
        Standing first = enrolments.standing(learnerId, courseId).orElseThrow();
        assertTrue(first.progress().complete());
        Certificate lastYears = certificates.mine(learnerId).get(0);
        ConflictException sameYear = assertThrows(ConflictException.class, () -> enrolments.startNewRound(learnerId, courseId));
        assertEquals("enrolment.round-not-over", sameYear.code(), "completed this fiscal year: nothing to re-take yet");

        // An attempt left open (the quiz allows more), then April comes.
        String leftOpen = quizzes.start(quiz()).id();
        quizzes.saveAnswers(quiz(), leftOpen, 0, answers(true));
        backdating.completedIn(LAST_YEAR, learnerId, courseId);
        assertTrue(enrolments.standing(learnerId, courseId).orElseThrow().mayStartNewRound());

        enrolments.startNewRound(learnerId, courseId);
        Standing second = enrolments.standing(learnerId, courseId).orElseThrow();
        assertEquals(2, second.current().number());
        assertEquals(0, second.progress().requiredDone(), "the new round starts with nothing complete");
        assertFalse(second.mayStartNewRound());
        assertEquals(1, second.past().size());
        assertEquals(FiscalYear.of(LAST_YEAR), FiscalYear.of(second.past().get(0).completedAt()), "the old round is kept");

        // Last year's "marked-done" does not complete the page again: only this round's events count.
        assertFalse(enrolments.record(learnerId, courseId, activity("page"), "viewed", Json.createObjectBuilder().build(),
                Locale.JAPANESE).completed());

        // The quiz: last year's attempts are gone from the overview and use up nothing; the open one is closed
        // (graded, kept) when the new round's first attempt starts, and its right answers complete nothing.
        var overview = quizzes.overview(quiz());
        assertTrue(overview.attempts().isEmpty(), "last year's attempts are not this round's");
        assertTrue(overview.canStart());
        AttemptView wrong = takeQuiz(false);
        assertNotEquals(leftOpen, wrong.id());
        assertEquals(Boolean.FALSE, wrong.passed());
        assertFalse(enrolments.standing(learnerId, courseId).orElseThrow().progress().completedActivityIds().contains(activity("quiz")),
                "the old round's open attempt, closed with right answers, did not complete this round's quiz");
        assertEquals(1, quizzes.overview(quiz()).attempts().size());

        completePage();
        takeQuiz(true);
        assertTrue(enrolments.standing(learnerId, courseId).orElseThrow().progress().complete());
        List<Certificate> mine = certificates.mine(learnerId);
        assertEquals(2, mine.size(), "this year's certificate is issued, last year's kept");
        Certificate renewed = mine.stream().filter(c -> !c.id().equals(lastYears.id())).findFirst().orElseThrow();
        assertEquals(CertificateStatus.ISSUED, renewed.status());
        assertEquals(FiscalYear.of(Instant.now()), renewed.cycle());
        assertEquals(CertificateStatus.SUPERSEDED, certificates.mine(learnerId, lastYears.id()).status());
    }

    @Test
    void racingReTakesStartOneRound() throws Exception {
        setUp();
        completePage();
        takeQuiz(true);
        backdating.completedIn(LAST_YEAR, learnerId, courseId);

        // The test instance gets CDI injection only; the container's executor is looked up.
        ExecutorService executor = (ExecutorService) new InitialContext().lookup("java:comp/DefaultManagedExecutorService");
        List<Future<Object>> clicks = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            clicks.add(executor.submit((Callable<Object>) () -> enrolments.startNewRound(learnerId, courseId)));
        }
        int started = 0;
        for (Future<Object> click : clicks) {
            try {
                click.get();
                started++;
            } catch (ExecutionException e) {
                assertInstanceOf(ConflictException.class, e.getCause(), () -> "a losing click is told, not failed: " + e.getCause());
            }
        }
        assertEquals(1, started);
        Standing standing = enrolments.standing(learnerId, courseId).orElseThrow();
        assertEquals(2, standing.current().number());
        assertEquals(1, standing.past().size());
    }

    /**
     * Issue 4's "one transaction per submission", reads included: the context (enrolment, round, settings, overrides)
     * is read inside the transaction that grades the attempt and records its completion, and that one transaction
     * commits. (Before, the context was read in autocommit statements ahead of it: six commits per submission.)
     */
    @Test
    void aSubmissionIsOneTransactionItsContextReadsIncluded() throws Exception {
        setUp();
        completePage();
        AttemptView attempt = quizzes.start(quiz());
        quizzes.saveAnswers(quiz(), attempt.id(), attempt.revision(), answers(true));

        var registry = (TransactionSynchronizationRegistry) new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry");
        List<Object> transactions = new ArrayList<>();
        List<Integer> outcomes = new ArrayList<>();
        AttemptView submitted = quizzes.submit(() -> {
            transactions.add(registry.getTransactionKey());
            registry.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // The completion the submission records is written by this same transaction.
                    transactions.add(registry.getTransactionKey());
                }

                @Override
                public void afterCompletion(int status) {
                    outcomes.add(status);
                }
            });
            return quiz();
        }, attempt.id());

        assertEquals(Boolean.TRUE, submitted.passed());
        assertEquals(2, transactions.size(), "the context was read once, and the transaction reached its commit once");
        assertNotNull(transactions.get(0), "the context is read inside a transaction, not in autocommit");
        assertEquals(transactions.get(0), transactions.get(1));
        assertEquals(List.of(Status.STATUS_COMMITTED), outcomes);
        assertTrue(enrolments.standing(learnerId, courseId).orElseThrow().progress().complete(),
                "the course completed in that transaction");
    }

    private void setUp() {
        String tag = "RND" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String gift = "// [tag:" + tag + "]\n::r1::パスワードは他のサービスと使い回さない。{T}\n\n"
                + "// [tag:" + tag + "]\n::r2::不審なメールの添付ファイルは開かずに報告する。{T}\n";
        var imported = bank.importFile(gift.getBytes(StandardCharsets.UTF_8), QuestionBankService.Format.GIFT,
                ImportPolicy.ALL_OR_NOTHING, "trainer");
        assertEquals(2, imported.stored(), () -> imported.issues().toString());
        JsonObject quizSettings = Json.createObjectBuilder()
                .add("draw", Json.createArrayBuilder().add(Json.createObjectBuilder().add("tag", tag).add("count", 0)))
                .add("attempts", 3).add("passPercent", 100).add("shuffleQuestions", false).build();
        courseId = importer.importCourse(new CourseDocument("rounds-" + UUID.randomUUID().toString().substring(0, 8), "STF",
                new Text("年度ごとの受講", null), new Text("概要", null), 30, List.of(new ModuleDocument(new Text("章", null),
                List.of(new ActivityDocument("page", "page", new Text("読む", null), true, 10,
                                Json.createObjectBuilder().add("markdown", "本文").build()),
                        new ActivityDocument("quiz", "quiz", new Text("確認テスト", null), true, 10, quizSettings))))), true).id();
        learnerId = accounts.register(new Registration("rounds-" + UUID.randomUUID() + "@example.jp",
                "長いパスフレーズで守る2026", "年度 花子", null, JobCategory.NURSE), "127.0.0.1").id();
        enrolments.enrol(learnerId, courseId);
    }

    private String activity(String key) {
        return enrolments.enrolments(learnerId).get(0).course().activities().stream()
                .filter(a -> a.key().equals(key)).findFirst().orElseThrow().id();
    }

    private void completePage() {
        enrolments.record(learnerId, courseId, activity("page"), "viewed", Json.createObjectBuilder().build(), Locale.JAPANESE);
        assertTrue(enrolments.record(learnerId, courseId, activity("page"), "marked-done", Json.createObjectBuilder().build(),
                Locale.JAPANESE).completed());
    }

    /** The quiz as the learner opens it now, in their current round. */
    private QuizContext quiz() {
        var opened = enrolments.open(learnerId, courseId, activity("quiz"), Locale.JAPANESE);
        try (var reader = Json.createReader(new StringReader(opened.activity().settings()))) {
            return new QuizContext(learnerId, courseId, opened.activity().id(), reader.readObject(), Locale.JAPANESE, opened.round());
        }
    }

    /** Both questions are true, so the answers are right or wrong whatever order the attempt drew them in. */
    private JsonObject answers(boolean right) {
        return Json.createObjectBuilder().add("1", Json.createObjectBuilder().add("answer", right))
                .add("2", Json.createObjectBuilder().add("answer", right)).build();
    }

    private AttemptView takeQuiz(boolean right) {
        AttemptView attempt = quizzes.start(quiz());
        quizzes.saveAnswers(quiz(), attempt.id(), attempt.revision(), answers(right));
        return quizzes.submit(this::quiz, attempt.id());
    }
}
