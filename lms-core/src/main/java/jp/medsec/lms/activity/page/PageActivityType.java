package jp.medsec.lms.activity.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jp.medsec.lms.spi.ActivityContent;
import jp.medsec.lms.spi.ActivityContext;
import jp.medsec.lms.spi.ActivityType;
import jp.medsec.lms.spi.CompletionDecision;
import jp.medsec.lms.spi.InvalidSettingsException;
import jp.medsec.lms.spi.LearnerEvent;
import jp.medsec.lms.spi.PluginDescriptor;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * A lesson page. Settings: {@code markdown} (required) and {@code minReadingSeconds} (0 to 3600, default 0).
 * Events: {@code viewed} when the page is opened, {@code marked-done} when the learner says they have read it.
 * Complete at the first {@code marked-done} that comes at least the minimum reading time after the first
 * {@code viewed}; the server's timestamps decide, so a client cannot shorten the time.
 */
@ApplicationScoped
public class PageActivityType implements ActivityType {

    public static final String ID = "page";
    static final String VIEWED = "viewed";
    static final String MARKED_DONE = "marked-done";
    static final int MAX_MARKDOWN = 200_000;
    static final int MAX_READING_SECONDS = 3600;

    private static final PluginDescriptor DESCRIPTOR = new PluginDescriptor(ID, "1.0.0", "1.0", "Lesson page");

    @Override
    public PluginDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void validateSettings(JsonObject settings) throws InvalidSettingsException {
        List<String> problems = new ArrayList<>();
        JsonValue markdown = settings.get("markdown");
        if (!(markdown instanceof JsonString text) || text.getString().isBlank()) {
            problems.add("markdown: required text");
        } else if (text.getString().length() > MAX_MARKDOWN) {
            problems.add("markdown: longer than " + MAX_MARKDOWN + " characters");
        }
        JsonValue seconds = settings.get("minReadingSeconds");
        if (seconds != null && (!(seconds instanceof JsonNumber n) || !n.isIntegral()
                || n.intValue() < 0 || n.intValue() > MAX_READING_SECONDS)) {
            problems.add("minReadingSeconds: a whole number from 0 to " + MAX_READING_SECONDS);
        }
        for (String key : settings.keySet()) {
            if (!Set.of("markdown", "minReadingSeconds").contains(key)) {
                problems.add(key + ": unknown setting");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
    }

    @Override
    public Set<String> acceptedEvents() {
        return Set.of(VIEWED, MARKED_DONE);
    }

    /** Data: {@code minReadingSeconds}, and {@code secondsRemaining} counted from the first view (0 when free to finish). */
    @Override
    public ActivityContent present(ActivityContext context, List<LearnerEvent> events) {
        String html = SafeMarkdown.toHtml(context.settings().getString("markdown"));
        int minimum = minReadingSeconds(context);
        long remaining = firstView(events)
                .map(first -> Math.max(0, minimum - Duration.between(first, context.now()).toSeconds()))
                .orElse((long) minimum);
        JsonObject data = Json.createObjectBuilder().add("minReadingSeconds", minimum)
                .add("secondsRemaining", remaining).build();
        return new ActivityContent(html, data);
    }

    private static Optional<Instant> firstView(List<LearnerEvent> events) {
        return events.stream().filter(e -> VIEWED.equals(e.type())).map(LearnerEvent::occurredAt).findFirst();
    }

    @Override
    public CompletionDecision decide(ActivityContext context, List<LearnerEvent> events) {
        Optional<Instant> firstView = firstView(events);
        List<LearnerEvent> marks = events.stream().filter(e -> MARKED_DONE.equals(e.type())).toList();
        if (marks.isEmpty()) {
            return CompletionDecision.incomplete(message(context.locale(), "page.not-marked"));
        }
        Duration minimum = Duration.ofSeconds(minReadingSeconds(context));
        if (minimum.isZero()) {
            return CompletionDecision.complete(message(context.locale(), "page.complete"));
        }
        if (firstView.isEmpty()) {
            return CompletionDecision.incomplete(message(context.locale(), "page.not-viewed"));
        }
        for (LearnerEvent mark : marks) {
            if (!Duration.between(firstView.get(), mark.occurredAt()).minus(minimum).isNegative()) {
                return CompletionDecision.complete(message(context.locale(), "page.complete"));
            }
        }
        long left = minimum.minus(Duration.between(firstView.get(), context.now())).toSeconds();
        return CompletionDecision.incomplete(
                String.format(message(context.locale(), "page.too-early"), minimum.toSeconds(), Math.max(1, left)));
    }

    private static int minReadingSeconds(ActivityContext context) {
        return context.settings().getInt("minReadingSeconds", 0);
    }

    private static String message(Locale locale, String key) {
        return ResourceBundle.getBundle("jp.medsec.lms.activity.page.messages", locale,
                PageActivityType.class.getClassLoader()).getString(key);
    }
}
