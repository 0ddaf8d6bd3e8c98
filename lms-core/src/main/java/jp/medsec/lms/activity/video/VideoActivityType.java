package jp.medsec.lms.activity.video;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jp.medsec.lms.activity.Messages;
import jp.medsec.lms.spi.ActivityContent;
import jp.medsec.lms.spi.ActivityContext;
import jp.medsec.lms.spi.ActivityType;
import jp.medsec.lms.spi.CompletionDecision;
import jp.medsec.lms.spi.InvalidSettingsException;
import jp.medsec.lms.spi.LearnerEvent;
import jp.medsec.lms.spi.PluginDescriptor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A recorded video (an archive of a live session, アーカイブ配信). Settings: {@link VideoSettings}. The learner's
 * page sends {@value #PLAYED} events, {@code {"from": s, "to": s}} with an optional {@code "position": s} (see
 * {@link WatchedIntervals} for what the player must report and why); the server merges them and the activity is
 * complete when at least {@code completionPercent} (default 90) of the trainer's duration has actually been played.
 * <p>
 * An uploaded file and its subtitles are served by the web layer relative to the activity's API address
 * ({@code /api/courses/{courseId}/activities/{activityId}/}): {@value #VIDEO_PATH} (with HTTP range requests, see
 * {@link ByteRange}) and {@value #SUBTITLES_PATH}{@code {lang}}. The learner's page is never told stored file ids.
 */
@ApplicationScoped
public class VideoActivityType implements ActivityType {

    public static final String ID = "video";
    public static final String PLAYED = "played";
    /** Where the web layer serves the uploaded video, relative to the activity's API address. */
    public static final String VIDEO_PATH = "video";
    /** Where the web layer serves a subtitle track, relative to the activity's API address, followed by its lang. */
    public static final String SUBTITLES_PATH = "subtitles/";
    /** How often the page should report while playing; well inside {@link WatchedIntervals#BURST_SECONDS}. */
    static final int REPORT_EVERY_SECONDS = 10;
    /** Played time short of the goal that still completes: a player's last timestamp is rarely exact. */
    static final double SLACK_SECONDS = 0.5;

    private static final PluginDescriptor DESCRIPTOR = new PluginDescriptor(ID, "1.0.0", "1.0", "Video");
    private static final Messages MESSAGES = Messages.of(VideoActivityType.class);

    @Override
    public PluginDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void validateSettings(JsonObject settings) throws InvalidSettingsException {
        VideoSettings.from(settings);
    }

    @Override
    public Set<String> acceptedEvents() {
        return Set.of(PLAYED);
    }

    /**
     * HTML: a placeholder the page's player script replaces (it shows a clear message, never a blank box, if the
     * video cannot load). Data: {@code source} ({@code {"kind": "stored"|"url", "href": ...}}), {@code durationSeconds},
     * {@code resumeSeconds}, {@code watchedPercent}, {@code completionPercent}, {@code watched} ({@code [[start, end],
     * ...]} for a progress bar), {@code subtitles} ({@code [{"lang", "label", "href"}]}), {@code report} (what and how
     * often to report) and {@code messages} (texts the script shows).
     */
    @Override
    public ActivityContent present(ActivityContext context, List<LearnerEvent> events) {
        VideoSettings settings = settings(context.settings());
        WatchedIntervals watched = watched(settings, events);
        Locale locale = context.locale();
        JsonObjectBuilder source = Json.createObjectBuilder();
        if (settings.source() instanceof VideoSettings.ExternalUrl url) {
            source.add("kind", "url").add("href", url.url().toString());
        } else {
            source.add("kind", "stored").add("href", VIDEO_PATH);
        }
        JsonArrayBuilder played = Json.createArrayBuilder();
        watched.intervals().forEach(i -> played.add(Json.createArrayBuilder().add(i.start()).add(i.end())));
        JsonArrayBuilder subtitles = Json.createArrayBuilder();
        for (VideoSettings.Subtitle s : settings.subtitles()) {
            subtitles.add(Json.createObjectBuilder().add("lang", s.lang()).add("label", s.label(locale))
                    .add("href", SUBTITLES_PATH + s.lang()));
        }
        JsonObject data = Json.createObjectBuilder()
                .add("source", source)
                .add("durationSeconds", settings.durationSeconds())
                .add("resumeSeconds", watched.resumePosition())
                .add("watchedPercent", watched.wholePercent())
                .add("completionPercent", settings.completionPercent())
                .add("watched", played)
                .add("subtitles", subtitles)
                .add("report", Json.createObjectBuilder().add("event", PLAYED).add("everySeconds", REPORT_EVERY_SECONDS)
                        .add("maxPlaybackRate", WatchedIntervals.MAX_PLAYBACK_RATE))
                .add("messages", Json.createObjectBuilder()
                        .add("loading", MESSAGES.text(locale, "video.loading"))
                        .add("unavailable", MESSAGES.text(locale, "video.unavailable")))
                .build();
        String html = "<div class=\"video-activity\" data-video-player=\"\"><p class=\"video-status\" role=\"status\">"
                + MESSAGES.html(locale, "video.loading") + "</p></div>";
        return new ActivityContent(html, data);
    }

    @Override
    public CompletionDecision decide(ActivityContext context, List<LearnerEvent> events) {
        VideoSettings settings = settings(context.settings());
        WatchedIntervals watched = watched(settings, events);
        int required = settings.completionPercent();
        boolean complete = watched.watchedSeconds() + SLACK_SECONDS >= settings.durationSeconds() * required / 100.0;
        if (complete) {
            int shown = Math.max(watched.wholePercent(), required);
            return CompletionDecision.complete(MESSAGES.text(context.locale(), "video.complete", shown, required));
        }
        return CompletionDecision.incomplete(MESSAGES.text(context.locale(), "video.incomplete", watched.wholePercent(), required));
    }

    /**
     * What a learner has watched, from their events on a video activity: for server code that needs the figure
     * elsewhere (a live session whose recording this is records it as {@code recording-watched}).
     */
    public static WatchedIntervals watched(JsonObject settings, List<LearnerEvent> events) {
        return watched(settings(settings), events);
    }

    static WatchedIntervals watched(VideoSettings settings, List<LearnerEvent> events) {
        List<WatchedIntervals.Report> reports = new ArrayList<>();
        for (LearnerEvent e : events) {
            if (!PLAYED.equals(e.type()) || e.payload() == null) {
                continue;
            }
            // A payload without numbers is ignored, not an error: the client is not trusted to send good data.
            JsonValue from = e.payload().get("from");
            JsonValue to = e.payload().get("to");
            JsonValue position = e.payload().get("position");
            if (from instanceof JsonNumber f && to instanceof JsonNumber t) {
                reports.add(new WatchedIntervals.Report(e.occurredAt(), f.doubleValue(), t.doubleValue(),
                        position instanceof JsonNumber p ? p.doubleValue() : null));
            }
        }
        return WatchedIntervals.fromReports(settings.durationSeconds(), reports);
    }

    private static VideoSettings settings(JsonObject json) {
        try {
            return VideoSettings.from(json);
        } catch (InvalidSettingsException e) {
            // Settings are checked before a course is stored; reaching here means stored data was changed by hand.
            throw new IllegalStateException("Stored video settings are invalid: " + e.getMessage(), e);
        }
    }
}
