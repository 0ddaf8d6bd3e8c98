package jp.medsec.lms.quiz.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import jp.medsec.lms.core.domain.model.course.Activity;
import jp.medsec.lms.core.domain.model.course.Course;
import jp.medsec.lms.core.domain.model.learner.Learner;
import jp.medsec.lms.core.domain.model.learner.LearnerRepository;
import jp.medsec.lms.quiz.application.QuizReportService;
import jp.medsec.lms.quiz.domain.model.attempt.Attempt;
import jp.medsec.lms.quiz.domain.model.attempt.AttemptRepository;
import jp.medsec.lms.quiz.domain.model.bank.QuestionBankRepository;
import jp.medsec.lms.quiz.domain.model.bank.QuestionVersion;
import jp.medsec.lms.quiz.domain.model.quiz.QuizSettings;
import jp.medsec.lms.quiz.domain.model.report.ItemAnalysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DefaultQuizReportService implements QuizReportService {

    private static final int EXCERPT = 80;

    @Inject
    TrainerScope scope;

    @Inject
    LearnerRepository learners;

    @Inject
    AttemptRepository attempts;

    @Inject
    QuestionBankRepository bank;

    @Override
    public QuizReport report(String callerId, String courseId, String activityId) {
        TrainerScope.TrainerQuiz quiz = scope.quiz(callerId, courseId, activityId);
        Course course = quiz.course();
        Activity activity = quiz.activity();
        QuizSettings settings = QuizSettings.fromJson(quiz.settings());
        List<Attempt> all = attempts.ofActivity(activity.id());

        List<ItemAnalysis.GradedAttempt> graded = new ArrayList<>();
        for (Attempt a : all) {
            if (a.inProgress() || a.needsGrading() || a.results().isEmpty()) {
                continue;
            }
            JsonObject results = a.results().get();
            List<ItemAnalysis.Item> items = new ArrayList<>();
            for (JsonValue v : a.layout()) {
                JsonObject slot = v.asJsonObject();
                JsonObject result = results.get(String.valueOf(slot.getInt("slot"))) instanceof JsonObject r ? r : null;
                double mark = slot.getJsonNumber("mark").doubleValue();
                double earned = result != null && result.get("marks") instanceof JsonNumber n ? n.doubleValue() : 0;
                items.add(new ItemAnalysis.Item(slot.getString("question"), mark, earned));
            }
            graded.add(new ItemAnalysis.GradedAttempt(items));
        }
        ItemAnalysis.QuizFigures figures = ItemAnalysis.of(graded);

        Map<String, QuestionVersion> latest = bank.latestVersions(figures.questions().stream()
                .map(ItemAnalysis.QuestionFigures::questionId).toList()).stream()
                .collect(Collectors.toMap(QuestionVersion::questionId, v -> v, (x, y) -> x));
        List<QuestionRow> questions = figures.questions().stream().map(q -> {
            QuestionVersion v = latest.get(q.questionId());
            String text = v == null ? "" : excerpt(v.question().text().text());
            return new QuestionRow(q.questionId(), v == null ? q.questionId() : v.question().name(),
                    v == null ? "" : v.question().typeId(), text, q.attempts(), round(q.facilityPercent()), round(q.sdPercent()),
                    value(q.discriminationIndex()));
        }).sorted(Comparator.comparingDouble(QuestionRow::facilityPercent)).toList();

        Map<String, Learner> people = new HashMap<>();
        List<AttemptRow> rows = all.stream().map(a -> {
            Learner l = people.computeIfAbsent(a.learnerId(), id -> learners.find(id).orElse(null));
            return new AttemptRow(a.id(), a.learnerId(), l == null ? "" : l.fullName(), l == null ? "" : l.email(), a.number(),
                    a.state().name(), a.startedAt(), a.finishedAt().orElse(null), a.percent().map(DefaultQuizReportService::round).orElse(null),
                    a.inProgress() ? null : a.passed(), a.needsGrading());
        }).toList();
        Map<String, List<Double>> byLearner = new HashMap<>();
        for (Attempt a : all) {
            if (!a.inProgress() && !a.needsGrading()) {
                byLearner.computeIfAbsent(a.learnerId(), k -> new ArrayList<>()).add(a.percent().orElse(0.0));
            }
        }
        long passed = byLearner.values().stream().filter(ps -> settings.grading().aggregate(ps).orElse(0) >= settings.passPercent()).count();
        long learnersWithAttempts = all.stream().map(Attempt::learnerId).distinct().count();
        return new QuizReport(course.id(), activity.id(), activity.title().ja(), figures.attempts(), value(figures.meanPercent()),
                value(figures.medianPercent()), value(figures.sdPercent()), settings.passPercent(), passed, learnersWithAttempts,
                questions, rows);
    }

    /** The start of the question's text as plain words (Markdown and HTML marks dropped), for a table cell. */
    static String excerpt(String text) {
        String plain = text.replaceAll("<[^>]*>", " ").replaceAll("[*_`#>\\[\\]]", "").replaceAll("\\s+", " ").strip();
        return plain.codePointCount(0, plain.length()) <= EXCERPT ? plain
                : plain.substring(0, plain.offsetByCodePoints(0, EXCERPT)) + "…";
    }

    private static Double value(OptionalDouble d) {
        return d.isPresent() ? round(d.getAsDouble()) : null;
    }

    private static double round(double d) {
        return Math.round(d * 10) / 10.0;
    }
}
