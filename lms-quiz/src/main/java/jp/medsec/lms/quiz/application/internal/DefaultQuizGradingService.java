package jp.medsec.lms.quiz.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import jp.medsec.lms.core.application.Actor;
import jp.medsec.lms.core.application.AuditLog;
import jp.medsec.lms.core.domain.model.learner.Learner;
import jp.medsec.lms.core.domain.model.learner.LearnerRepository;
import jp.medsec.lms.quiz.application.QuizGradingService;
import jp.medsec.lms.quiz.domain.model.attempt.Attempt;
import jp.medsec.lms.quiz.domain.model.attempt.AttemptRepository;
import jp.medsec.lms.quiz.domain.model.bank.QuestionBankRepository;
import jp.medsec.lms.quiz.domain.model.question.Question;
import jp.medsec.lms.quiz.domain.model.quiz.QuizSettings;
import jp.medsec.lms.quiz.questiontype.QuestionTypeRegistry;
import jp.medsec.lms.quiz.spi.GradeStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

@ApplicationScoped
@Transactional
public class DefaultQuizGradingService implements QuizGradingService {

    static final String AUDIT_GRADED = "quiz.answer-graded";

    @Inject
    TrainerScope scope;

    @Inject
    AttemptTransactions transactions;

    @Inject
    AttemptRepository attempts;

    @Inject
    QuestionBankRepository bank;

    @Inject
    QuestionTypeRegistry types;

    @Inject
    LearnerRepository learners;

    @Inject
    AuditLog audit;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AttemptToGrade> pending(Actor actor, String courseId, String activityId) {
        var quiz = scope.quiz(actor.learnerId(), courseId, activityId);
        return attempts.ofActivity(quiz.activity().id()).stream().filter(a -> !a.inProgress() && a.needsGrading())
                .sorted(Comparator.comparing(a -> a.finishedAt().orElse(Instant.EPOCH)))
                .map(this::view).toList();
    }

    @Override
    public List<AttemptToGrade> graded(Actor actor, String courseId, String activityId) {
        var quiz = scope.quiz(actor.learnerId(), courseId, activityId);
        return attempts.ofActivity(quiz.activity().id()).stream().filter(a -> !a.inProgress() && !a.needsGrading())
                .sorted(Comparator.comparing((Attempt a) -> a.finishedAt().orElse(Instant.EPOCH)).reversed())
                .map(this::view).filter(v -> !v.slots().isEmpty()).toList();
    }

    @Override
    public AttemptToGrade grade(Actor actor, String courseId, String activityId, String attemptId, int slot, long version,
                                double mark, String comment) {
        var quiz = scope.quiz(actor.learnerId(), courseId, activityId);
        Attempt attempt = transactions.gradeManually(quiz.activity().id(), QuizSettings.fromJson(quiz.settings()), attemptId,
                slot, version, mark, comment, actor.learnerId());
        String learner = learners.find(attempt.learnerId()).map(Learner::email).orElse(attempt.learnerId());
        audit.record(AUDIT_GRADED, actor.learnerId(), attempt.id(), actor.address(), quiz.course().slug() + " / " + learner
                + ": attempt " + attempt.number() + ", question " + slot + ": " + mark
                + (attempt.needsGrading() ? "" : "; attempt graded, " + attempt.percent().orElse(0.0) + " %"));
        return view(attempt);
    }

    private AttemptToGrade view(Attempt a) {
        Learner learner = learners.find(a.learnerId()).orElse(null);
        JsonObject results = a.results().orElse(JsonValue.EMPTY_JSON_OBJECT);
        JsonObject answers = a.answers();
        List<ManualSlot> slots = new ArrayList<>();
        for (JsonValue v : a.layout()) {
            JsonObject slot = v.asJsonObject();
            Question q = bank.findVersion(slot.getString("version")).orElseThrow(() -> new IllegalStateException(
                    "Question version " + slot.getString("version") + " is missing")).question();
            if (types.require(q.typeId()).gradesAutomatically()) {
                continue;
            }
            String key = String.valueOf(slot.getInt("slot"));
            JsonObject result = results.get(key) instanceof JsonObject r ? r : JsonValue.EMPTY_JSON_OBJECT;
            JsonObject response = answers.get(key) instanceof JsonObject r ? r : JsonValue.EMPTY_JSON_OBJECT;
            boolean graded = GradeStatus.GRADED.name().equals(result.getString("status", ""));
            JsonObject graderInfo = q.definition().get("graderInfo") instanceof JsonObject g ? g : null;
            slots.add(new ManualSlot(slot.getInt("slot"), q.name(), QuizText.html(q.text()),
                    graderInfo == null ? null : QuizText.html(graderInfo), slot.getJsonNumber("mark").doubleValue(),
                    response.get("text") instanceof JsonString s ? s.getString() : null, graded,
                    graded && result.get("marks") instanceof JsonNumber n ? n.doubleValue() : null,
                    graded ? result.getString("comment", null) : null,
                    graded && result.get("gradedAt") instanceof JsonString at ? Instant.parse(at.getString()) : null));
        }
        return new AttemptToGrade(a.id(), a.version(), a.learnerId(), learner == null ? "" : learner.fullName(),
                learner == null ? "" : learner.email(), a.number(), a.finishedAt().orElse(null), a.needsGrading(),
                a.needsGrading() ? null : a.percent().orElse(null), a.needsGrading() ? null : a.passed(), slots);
    }
}
