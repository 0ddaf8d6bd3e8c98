package jp.medsec.lms.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jp.medsec.lms.spi.CapabilityDefinition;
import jp.medsec.lms.spi.CapabilityProvider;

import java.util.List;
import java.util.Set;

/** The quiz plugin's rows of the capability table: who may look after the question bank and see quiz results. */
@ApplicationScoped
public class QuizCapabilities implements CapabilityProvider {

    /** Import, read and export bank questions, answers included. */
    public static final String BANK_MANAGE = "quiz.bank.manage";

    /** See every learner's attempts and the item analysis of a quiz (trainers: of their track). */
    public static final String RESULTS_VIEW = "quiz.results.view";

    /** Manage a quiz's attempts: overrides for a learner or an institution (with a reason) and regrades. */
    public static final String ATTEMPTS_MANAGE = "quiz.attempts.manage";

    @Override
    public List<CapabilityDefinition> capabilities() {
        return List.of(new CapabilityDefinition(BANK_MANAGE, Set.of("TRAINER", "ADMIN"),
                "Import, read and export quiz questions (answers included)"),
                new CapabilityDefinition(RESULTS_VIEW, Set.of("TRAINER", "ADMIN"),
                        "See every learner's attempts and the question statistics of a quiz"),
                new CapabilityDefinition(ATTEMPTS_MANAGE, Set.of("TRAINER", "ADMIN"),
                        "Give a learner or an institution other quiz dates, time limit or attempts; regrade attempts"));
    }
}
