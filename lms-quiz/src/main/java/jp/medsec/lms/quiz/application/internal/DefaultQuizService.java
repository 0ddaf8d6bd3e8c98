package jp.medsec.lms.quiz.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jp.medsec.lms.core.infrastructure.persistence.LostRace;
import jp.medsec.lms.quiz.application.QuizOverrideService;
import jp.medsec.lms.quiz.application.QuizService;
import jp.medsec.lms.quiz.application.QuizService.CheckedView;

import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The quiz service: each call is one transaction in {@link AttemptTransactions}. When the database refuses a change
 * because a parallel request got there first (a second attempt in progress, an attempt number taken, a submission
 * already written), the call runs again in a fresh transaction (three tries in all) and then sees the winner's work: the attempt in
 * progress, or the graded result.
 */
@ApplicationScoped
public class DefaultQuizService implements QuizService {

    private static final Logger LOG = Logger.getLogger(DefaultQuizService.class.getName());

    @Inject
    AttemptTransactions tx;

    @Inject
    QuizOverrideService overrides;

    @Override
    public Overview overview(QuizContext context) {
        return tx.overview(overrides.applyTo(context));
    }

    @Override
    public AttemptView start(QuizContext context) {
        return retryLostRaces(() -> tx.start(overrides.applyTo(context)));
    }

    @Override
    public AttemptView attempt(QuizContext context, String attemptId) {
        return retryLostRaces(() -> tx.attempt(overrides.applyTo(context), attemptId));
    }

    @Override
    public int saveAnswers(QuizContext context, String attemptId, int basedOnRevision, JsonObject answers) {
        return tx.saveAnswers(overrides.applyTo(context), attemptId, basedOnRevision, answers);
    }

    @Override
    public AttemptView submit(Supplier<QuizContext> context, String attemptId) {
        return retryLostRaces(() -> tx.submit(() -> overrides.applyTo(context.get()), attemptId));
    }

    @Override
    public CheckedView check(QuizContext context, String attemptId, int basedOnRevision, int slot, JsonObject response) {
        return tx.check(overrides.applyTo(context), attemptId, basedOnRevision, slot, response);
    }

    @Override
    public int closeOverdue(int limit) {
        int closed = 0;
        for (String id : tx.overdueIds(limit)) {
            try {
                if (tx.closeOverdue(id)) {
                    closed++;
                }
            } catch (RuntimeException e) {
                if (!LostRace.of(e)) {
                    LOG.log(Level.WARNING, "Could not close overdue quiz attempt " + id, e);
                }
            }
        }
        return closed;
    }

    private static <T> T retryLostRaces(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (!LostRace.of(e) || attempt == 3) {
                    throw e;
                }
            }
        }
    }
}
