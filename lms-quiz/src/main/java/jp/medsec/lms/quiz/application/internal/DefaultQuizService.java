package jp.medsec.lms.quiz.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.OptimisticLockException;
import jp.medsec.lms.quiz.application.QuizService;

import java.sql.SQLException;
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

    @Override
    public Overview overview(QuizContext context) {
        return tx.overview(context);
    }

    @Override
    public AttemptView start(QuizContext context) {
        return retryLostRaces(() -> tx.start(context));
    }

    @Override
    public AttemptView attempt(QuizContext context, String attemptId) {
        return retryLostRaces(() -> tx.attempt(context, attemptId));
    }

    @Override
    public int saveAnswers(QuizContext context, String attemptId, int basedOnRevision, JsonObject answers) {
        return tx.saveAnswers(context, attemptId, basedOnRevision, answers);
    }

    @Override
    public AttemptView submit(QuizContext context, String attemptId) {
        return retryLostRaces(() -> tx.submit(context, attemptId));
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
                if (!lostRace(e)) {
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
                if (!lostRace(e) || attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** Whether the database refused the change because of a parallel one: a version or unique-key conflict. */
    static boolean lostRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            // JPA's exception, or EclipseLink's own of the same name when it surfaces at commit.
            if (t instanceof OptimisticLockException || t.getClass().getSimpleName().equals("OptimisticLockException")) {
                return true;
            }
            // 23: a unique key taken by the parallel request; 40: the database chose this transaction as a deadlock victim.
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("23") || sql.getSQLState().startsWith("40"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
