package jp.medsec.lms.quiz.application.internal;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jp.medsec.lms.quiz.application.QuestionBankService;
import jp.medsec.lms.quiz.application.QuestionBankService.Format;
import jp.medsec.lms.quiz.application.QuizService;
import jp.medsec.lms.quiz.interchange.ImportPolicy;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At start: files the seed questions of the five courses into an empty bank, and starts the job that closes
 * attempts whose time ran out while nobody was looking (the learner went offline), every 30 seconds.
 */
@ApplicationScoped
public class QuizStartup {

    private static final Logger LOG = Logger.getLogger(QuizStartup.class.getName());
    static final List<String> SEED_FILES = List.of("exe-cyber-governance", "sys-security-operations",
            "stf-security-basics", "ins-onsite-inspection", "trn-instructor-training");

    @Inject
    QuestionBankService bank;

    @Inject
    QuizService quizzes;

    @Inject
    @ConfigProperty(name = "lms.seed.content", defaultValue = "true")
    boolean seedContent;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> closer;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        if (seedContent && bank.size() == 0) {
            int stored = 0;
            for (String name : SEED_FILES) {
                stored += bank.importFile(seed(name), Format.GIFT, ImportPolicy.ALL_OR_NOTHING, null).stored();
            }
            LOG.info("Seed questions: " + stored + " question(s) filed in the bank");
        }
        closer = scheduler.scheduleWithFixedDelay(() -> {
            try {
                int closed = quizzes.closeOverdue(200);
                if (closed > 0) {
                    LOG.info("Closed " + closed + " quiz attempt(s) whose time ran out");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Closing overdue quiz attempts failed", e);
            }
        }, 30, 30, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (closer != null) {
            closer.cancel(false);
        }
    }

    private static byte[] seed(String name) {
        try (InputStream in = QuizStartup.class.getResourceAsStream("/jp/medsec/lms/quiz/seed/" + name + ".gift")) {
            if (in == null) {
                throw new IllegalStateException("Seed questions " + name + ".gift are missing from lms-quiz");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
