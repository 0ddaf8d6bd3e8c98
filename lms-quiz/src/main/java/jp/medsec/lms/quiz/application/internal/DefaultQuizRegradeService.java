package jp.medsec.lms.quiz.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jp.medsec.lms.core.application.Actor;
import jp.medsec.lms.core.application.AuditLog;
import jp.medsec.lms.core.domain.model.learner.Learner;
import jp.medsec.lms.core.domain.model.learner.LearnerRepository;
import jp.medsec.lms.quiz.application.QuizRegradeService;
import jp.medsec.lms.quiz.domain.model.quiz.QuizSettings;

import java.util.List;

@ApplicationScoped
@Transactional
public class DefaultQuizRegradeService implements QuizRegradeService {

    @Inject
    TrainerScope scope;

    @Inject
    AttemptTransactions attempts;

    @Inject
    LearnerRepository learners;

    @Inject
    AuditLog audit;

    @Override
    public Regrade regrade(Actor actor, String courseId, String activityId, boolean dryRun) {
        var quiz = scope.quiz(actor.learnerId(), courseId, activityId);
        List<AttemptTransactions.Regraded> regraded = attempts.regrade(quiz.activity().id(), QuizSettings.fromJson(quiz.settings()), dryRun);
        List<Change> changes = regraded.stream().map(r -> new Change(r.attemptId(), r.learnerId(),
                learners.find(r.learnerId()).map(Learner::fullName).orElse(""), r.number(), r.percentBefore(), r.percentAfter(),
                r.passedBefore(), r.passedAfter())).toList();
        if (!dryRun) {
            audit.record("quiz.regraded", actor.learnerId(), quiz.activity().id(), actor.address(),
                    quiz.course().slug() + ": " + changes.size() + " attempt(s) changed");
        }
        return new Regrade(dryRun, changes.size(), changes);
    }
}
