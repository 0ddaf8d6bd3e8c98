package jp.medsec.lms.quiz.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jp.medsec.lms.core.application.Actor;
import jp.medsec.lms.core.application.AuditLog;
import jp.medsec.lms.core.domain.model.institution.Institution;
import jp.medsec.lms.core.domain.model.institution.InstitutionRepository;
import jp.medsec.lms.core.domain.model.learner.Learner;
import jp.medsec.lms.core.domain.model.learner.LearnerRepository;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException.FieldProblem;
import jp.medsec.lms.core.domain.model.shared.NotFoundException;
import jp.medsec.lms.quiz.application.QuizOverrideService;
import jp.medsec.lms.quiz.application.QuizService.QuizContext;
import jp.medsec.lms.quiz.domain.model.override.QuizOverride;
import jp.medsec.lms.quiz.domain.model.override.QuizOverrideRepository;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
@Transactional
public class DefaultQuizOverrideService implements QuizOverrideService {

    static final String AUDIT_SAVED = "quiz.override-saved";
    static final String AUDIT_DELETED = "quiz.override-deleted";

    @Inject
    TrainerScope scope;

    @Inject
    QuizOverrideRepository overrides;

    @Inject
    LearnerRepository learners;

    @Inject
    InstitutionRepository institutions;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OverrideView> list(Actor actor, String courseId, String activityId) {
        var quiz = scope.quiz(actor.learnerId(), courseId, activityId);
        return overrides.ofActivity(quiz.activity().id()).stream().map(this::view).toList();
    }

    @Override
    public OverrideView save(Actor actor, String courseId, String activityId, String learnerEmail, String institutionId,
                             QuizOverride.Rules rules, String reason) {
        var quiz = scope.quiz(actor.learnerId(), courseId, activityId);
        boolean byLearner = learnerEmail != null && !learnerEmail.isBlank();
        boolean byInstitution = institutionId != null && !institutionId.isBlank();
        if (byLearner == byInstitution) {
            throw new InvalidInputException("quiz.override.target", "Give either a learner's e-mail or an institution",
                    List.of(new FieldProblem("learnerEmail", "quiz.override.target")));
        }
        String activity = quiz.activity().id();
        QuizOverride override;
        String target;
        if (byLearner) {
            Learner learner = learners.findByEmail(Learner.normaliseEmail(learnerEmail)).orElseThrow(() -> new InvalidInputException(
                    "quiz.override.unknown-learner", "No account has this e-mail",
                    List.of(new FieldProblem("learnerEmail", "quiz.override.unknown-learner"))));
            target = learner.email();
            Optional<QuizOverride> existing = overrides.ofActivity(activity).stream()
                    .filter(o -> o.learnerId().filter(learner.id()::equals).isPresent()).findFirst();
            override = existing.orElse(null);
            if (override == null) {
                override = QuizOverride.forLearner(activity, learner.id(), rules, reason, actor.learnerId(), clock.instant());
                overrides.storeNow(override);
            }
        } else {
            Institution institution = institutions.find(institutionId).orElseThrow(() -> new NotFoundException("institution", institutionId));
            target = institution.name();
            Optional<QuizOverride> existing = overrides.ofActivity(activity).stream()
                    .filter(o -> o.institutionId().filter(institution.id()::equals).isPresent()).findFirst();
            override = existing.orElse(null);
            if (override == null) {
                override = QuizOverride.forInstitution(activity, institution.id(), rules, reason, actor.learnerId(), clock.instant());
                overrides.storeNow(override);
            }
        }
        override.change(rules, reason, actor.learnerId(), clock.instant());
        audit.record(AUDIT_SAVED, actor.learnerId(), override.id(), actor.address(),
                quiz.course().slug() + " / " + target + ": " + override.rules() + ": " + override.reason());
        return view(override);
    }

    @Override
    public void delete(Actor actor, String courseId, String activityId, String overrideId) {
        var quiz = scope.quiz(actor.learnerId(), courseId, activityId);
        QuizOverride override = overrides.find(overrideId).filter(o -> o.activityId().equals(quiz.activity().id()))
                .orElseThrow(() -> new NotFoundException("quiz-override", overrideId));
        overrides.remove(override);
        audit.record(AUDIT_DELETED, actor.learnerId(), override.id(), actor.address(), quiz.course().slug() + ": " + override.rules());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public QuizContext applyTo(QuizContext context) {
        List<QuizOverride> all = overrides.ofActivity(context.activityId());
        if (all.isEmpty()) {
            return context;
        }
        Optional<QuizOverride> own = all.stream().filter(o -> o.learnerId().filter(context.learnerId()::equals).isPresent()).findFirst();
        Optional<QuizOverride> chosen = own.isPresent() ? own : learners.find(context.learnerId()).flatMap(Learner::institution)
                .flatMap(i -> all.stream().filter(o -> o.institutionId().filter(i.id()::equals).isPresent()).findFirst());
        return chosen.map(o -> context.withSettings(o.applyTo(context.settings()))).orElse(context);
    }

    private OverrideView view(QuizOverride o) {
        Learner learner = o.learnerId().flatMap(learners::find).orElse(null);
        Institution institution = o.institutionId().flatMap(institutions::find).orElse(null);
        var r = o.rules();
        return new OverrideView(o.id(), o.learnerId().orElse(null), learner == null ? null : learner.fullName(),
                learner == null ? null : learner.email(), o.institutionId().orElse(null), institution == null ? null : institution.name(),
                r.opensAt(), r.closesAt(), r.timeLimitMinutes(), r.attempts(), o.reason(), o.createdAt());
    }
}
