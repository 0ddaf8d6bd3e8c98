package jp.medsec.lms.quiz.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jp.medsec.lms.quiz.domain.model.quiz.QuizSettings;
import jp.medsec.lms.spi.ActivityContent;
import jp.medsec.lms.spi.ActivityContext;
import jp.medsec.lms.spi.ActivityType;
import jp.medsec.lms.spi.CompletionDecision;
import jp.medsec.lms.spi.InvalidSettingsException;
import jp.medsec.lms.spi.LearnerEvent;
import jp.medsec.lms.spi.PluginDescriptor;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A quiz. The learner's page takes it through the quiz API; every finished attempt is recorded here by the quiz's
 * server code ({@code attempt-finished}, with the quiz grade after it), and completion follows the trainer's rule:
 * the quiz grade reaches the pass mark, or (when set) all allowed attempts are used.
 */
@ApplicationScoped
public class QuizActivityType implements ActivityType {

    public static final String ID = "quiz";
    private static final String FINISHED = "attempt-finished";

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor(ID, "1.0.0", "1.3", "Quiz");
    }

    @Override
    public void validateSettings(JsonObject settings) throws InvalidSettingsException {
        try {
            QuizSettings.fromJson(settings);
        } catch (QuizSettings.InvalidQuizSettingsException e) {
            throw new InvalidSettingsException(e.problems());
        }
    }

    /** None: attempts are recorded by the server, never posted by the learner's page. */
    @Override
    public Set<String> acceptedEvents() {
        return Set.of();
    }

    @Override
    public ActivityContent present(ActivityContext context, List<LearnerEvent> events) {
        boolean en = "en".equals(context.locale().getLanguage());
        String html = en ? "<p>A short quiz on this course. Your answers are saved as you go.</p>"
                : "<p>この講座の確認テストです。解答は入力するたびに保存されます。</p>";
        return new ActivityContent(html, Json.createObjectBuilder().add("quiz", true).build());
    }

    @Override
    public CompletionDecision decide(ActivityContext context, List<LearnerEvent> events) {
        boolean en = Locale.ENGLISH.getLanguage().equals(context.locale().getLanguage());
        LearnerEvent latest = null;
        for (LearnerEvent e : events) {
            if (FINISHED.equals(e.type())) {
                latest = e;
            }
        }
        if (latest == null) {
            return CompletionDecision.incomplete(en ? "No attempt finished yet" : "まだ受験していません");
        }
        QuizSettings settings = QuizSettings.fromJson(context.settings());
        JsonObject p = latest.payload();
        double percent = p.getJsonNumber("quizPercent").doubleValue();
        if (p.getBoolean("quizPassed", false)) {
            return CompletionDecision.complete(en ? "Passed with " + percent + " %" : "合格しました(" + percent + "%)");
        }
        int used = p.getInt("attemptsUsed", 0);
        int allowed = p.getInt("attemptsAllowed", 0);
        if (settings.completion() == QuizSettings.Completion.PASSED_OR_ATTEMPTS_USED && allowed > 0 && used >= allowed) {
            return CompletionDecision.complete(en ? "All " + allowed + " attempts used" : "受験回数(" + allowed + "回)をすべて使いました");
        }
        return CompletionDecision.incomplete(en ? "The pass mark is " + settings.passPercent() + " %; the grade so far is " + percent + " %"
                : "合格点は" + settings.passPercent() + "%です(現在の成績 " + percent + "%)");
    }
}
