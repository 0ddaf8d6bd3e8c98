package jp.medsec.lms.activity.video.recording;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jp.medsec.lms.activity.live.LiveSessionActivityType;
import jp.medsec.lms.activity.live.LiveSessionSettings;
import jp.medsec.lms.activity.video.VideoActivityType;
import jp.medsec.lms.activity.video.WatchedIntervals;
import jp.medsec.lms.core.application.ActivityEventRecorded;
import jp.medsec.lms.core.domain.model.course.Activity;
import jp.medsec.lms.spi.ActivityRecorder;
import jp.medsec.lms.spi.InvalidSettingsException;

import java.io.StringReader;

/**
 * Passes how much of a recording a learner has watched to the live sessions it is the recording of: after a
 * {@value VideoActivityType#PLAYED} event on a video activity, each live-session activity of the same course whose
 * {@code recording.activityKey} is the video's key gets a {@value LiveSessionActivityType#RECORDING_WATCHED} event
 * with the watched percentage, through the {@link ActivityRecorder} and so in the same transaction (the live session
 * may complete with it). Only when the whole percentage rose: a live session completes at a whole-number threshold,
 * and replays or reports that add nothing would only fill its event list.
 */
@ApplicationScoped
public class RecordingLink {

    @Inject
    ActivityRecorder recorder;

    void onRecorded(@Observes ActivityEventRecorded recorded) {
        Activity video = recorded.activity();
        if (!VideoActivityType.ID.equals(video.typeId()) || !VideoActivityType.PLAYED.equals(recorded.eventType())) {
            return;
        }
        JsonObject settings = json(video.settings());
        WatchedIntervals before = VideoActivityType.watched(settings, recorded.earlierEvents());
        WatchedIntervals after = VideoActivityType.watched(settings, recorded.events());
        if (after.wholePercent() <= before.wholePercent()) {
            return;
        }
        double percent = Math.min(100, after.percent());
        for (Activity live : video.module().course().activities()) {
            if (LiveSessionActivityType.ID.equals(live.typeId()) && recordingKey(live).equals(video.key())) {
                recorder.recordServerEvent(recorded.learnerId(), recorded.courseId(), live.id(),
                        LiveSessionActivityType.RECORDING_WATCHED, LiveSessionActivityType.recordingWatched(percent));
            }
        }
    }

    private static String recordingKey(Activity live) {
        try {
            return LiveSessionSettings.from(json(live.settings())).recordingActivityKey().orElse("");
        } catch (InvalidSettingsException e) {
            throw new IllegalStateException("Stored live-session settings are invalid: " + e.getMessage(), e);
        }
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
