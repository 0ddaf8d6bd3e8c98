package jp.medsec.lms.activity.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jp.medsec.lms.activity.Messages;
import jp.medsec.lms.spi.ActivityContent;
import jp.medsec.lms.spi.ActivityContext;
import jp.medsec.lms.spi.ActivityType;
import jp.medsec.lms.spi.CompletionDecision;
import jp.medsec.lms.spi.InvalidSettingsException;
import jp.medsec.lms.spi.LearnerEvent;
import jp.medsec.lms.spi.PluginDescriptor;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A live session (ライブ講習): the course's activity that learners complete by attending one of its sessions, or,
 * when the trainer linked a recording, by watching it. Settings: {@link LiveSessionSettings}.
 * <p>
 * Learners' pages post no events: both kinds are recorded by server code through the SPI's
 * {@code ActivityRecorder}, so nobody can claim attendance from a browser.
 * <ul>
 *   <li>{@value #ATTENDANCE} {@code {"sessionId": "...", "minutes": 52, "source": "report"|"admin"|"join"}}: the
 *       learner's minutes at a session, from an imported participant report ({@link AttendanceReport}) or an
 *       administrator's correction. The latest event per session counts (a correction replaces the import, also
 *       downwards), and the best session counts: sessions repeat the same content, so minutes are not added up
 *       across them. Build payloads with {@link #attendance}.</li>
 *   <li>{@value #RECORDING_WATCHED} {@code {"percent": 93.5}}: how much of the linked recording the learner has
 *       watched, recorded when the video activity's events change it (its figure: {@code VideoActivityType.watched}).
 *       The highest counts. Build payloads with {@link #recordingWatched}.</li>
 * </ul>
 * Completion says which path completed it: attendance first, when both are met.
 */
@ApplicationScoped
public class LiveSessionActivityType implements ActivityType {

    public static final String ID = "live-session";
    public static final String ATTENDANCE = "attendance";
    public static final String RECORDING_WATCHED = "recording-watched";

    private static final PluginDescriptor DESCRIPTOR = new PluginDescriptor(ID, "1.0.0", "1.2", "Live session");
    private static final Messages MESSAGES = Messages.of(LiveSessionActivityType.class);

    /** Where an attendance figure came from; stored with the event so an audit can tell. */
    public enum Source {
        REPORT, ADMIN, JOIN;

        String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Override
    public PluginDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void validateSettings(JsonObject settings) throws InvalidSettingsException {
        LiveSessionSettings.from(settings);
    }

    /** None: attendance and watching are recorded by the server, never posted by a learner's page. */
    @Override
    public Set<String> acceptedEvents() {
        return Set.of();
    }

    /** The payload of an {@value #ATTENDANCE} event. */
    public static JsonObject attendance(String sessionId, int minutes, Source source) {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(source, "source");
        if (minutes < 0) {
            throw new IllegalArgumentException("Minutes cannot be negative: " + minutes);
        }
        return Json.createObjectBuilder().add("sessionId", sessionId).add("minutes", minutes).add("source", source.json()).build();
    }

    /** The payload of a {@value #RECORDING_WATCHED} event. */
    public static JsonObject recordingWatched(double percent) {
        if (!(percent >= 0 && percent <= 100)) {
            throw new IllegalArgumentException("A percentage is 0 to 100: " + percent);
        }
        return Json.createObjectBuilder().add("percent", percent).build();
    }

    /**
     * HTML: a placeholder the page's script fills with the sessions (from the live-session API: times, places,
     * apply/cancel, the meeting link when {@link SessionSchedule#canSeeMeetingLink} allows). Data: the rule
     * ({@code minAttendanceMinutes}, {@code recording} key or null, {@code watchPercent}) and the learner's figures
     * so far ({@code attendedMinutes}, {@code watchedPercent}), never meeting links.
     */
    @Override
    public ActivityContent present(ActivityContext context, List<LearnerEvent> events) {
        LiveSessionSettings settings = settings(context.settings());
        Figures figures = figures(settings, events);
        JsonObjectBuilder data = Json.createObjectBuilder()
                .add("minAttendanceMinutes", settings.minAttendanceMinutes())
                .add("attendedMinutes", figures.minutes().orElse(0));
        settings.recordingActivityKey().ifPresentOrElse(
                key -> data.add("recording", key).add("watchPercent", settings.watchPercent())
                        .add("watchedPercent", (int) Math.floor(figures.percent())),
                () -> data.add("recording", JsonValue.NULL));
        String html = "<div class=\"live-session-activity\" data-live-session=\"\"><p class=\"live-status\" role=\"status\">"
                + MESSAGES.html(context.locale(), "live.loading") + "</p></div>";
        return new ActivityContent(html, data.build());
    }

    @Override
    public CompletionDecision decide(ActivityContext context, List<LearnerEvent> events) {
        LiveSessionSettings settings = settings(context.settings());
        Figures figures = figures(settings, events);
        Locale locale = context.locale();
        int needed = settings.minAttendanceMinutes();
        int attended = figures.minutes().orElse(0);
        if (attended >= needed) {
            return CompletionDecision.complete(MESSAGES.text(locale, "live.complete.attended", attended, needed));
        }
        int watched = (int) Math.floor(figures.percent());
        if (settings.recordingActivityKey().isPresent() && figures.percent() >= settings.watchPercent()) {
            return CompletionDecision.complete(MESSAGES.text(locale, "live.complete.recording", watched, settings.watchPercent()));
        }
        String reason = figures.minutes().isPresent()
                ? MESSAGES.text(locale, "live.incomplete.attended", attended, needed)
                : MESSAGES.text(locale, "live.incomplete.not-attended", needed);
        if (settings.recordingActivityKey().isPresent()) {
            reason += MESSAGES.text(locale, "live.incomplete.recording", settings.watchPercent(), watched);
        }
        return CompletionDecision.incomplete(reason);
    }

    /** The learner's best session's minutes (empty when no attendance was recorded) and highest watched share. */
    private record Figures(OptionalInt minutes, double percent) {
    }

    private static Figures figures(LiveSessionSettings settings, List<LearnerEvent> events) {
        Map<String, Integer> latestPerSession = new HashMap<>();
        double percent = 0;
        for (LearnerEvent e : events) {
            JsonObject p = e.payload();
            if (p == null) {
                continue;
            }
            if (ATTENDANCE.equals(e.type()) && p.get("minutes") instanceof JsonNumber minutes && minutes.intValue() >= 0) {
                String session = p.get("sessionId") instanceof JsonString s ? s.getString() : "";
                latestPerSession.put(session, minutes.intValue()); // events come oldest first: later ones replace
            } else if (RECORDING_WATCHED.equals(e.type()) && settings.recordingActivityKey().isPresent()
                    && p.get("percent") instanceof JsonNumber watched) {
                percent = Math.max(percent, Math.min(100, watched.doubleValue()));
            }
        }
        OptionalInt best = latestPerSession.values().stream().mapToInt(Integer::intValue).max();
        return new Figures(best, percent);
    }

    private static LiveSessionSettings settings(JsonObject json) {
        try {
            return LiveSessionSettings.from(json);
        } catch (InvalidSettingsException e) {
            throw new IllegalStateException("Stored live-session settings are invalid: " + e.getMessage(), e);
        }
    }
}
