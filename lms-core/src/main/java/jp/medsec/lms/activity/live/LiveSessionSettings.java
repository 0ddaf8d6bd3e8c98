package jp.medsec.lms.activity.live;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jp.medsec.lms.spi.InvalidSettingsException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A live-session activity's completion rule, as a trainer writes it:
 * <pre>{@code
 * { "minAttendanceMinutes": 45,                       (required, 1 to 600)
 *   "recording": {"activityKey": "archive-2026"},     (optional or null: the course's video activity with the recording)
 *   "watchPercent": 90 }                              (optional, 1 to 100, default 90; only with a recording)
 * }</pre>
 * Complete when the learner attended at least {@code minAttendanceMinutes}, or watched at least {@code watchPercent}
 * of the recording. Whether {@code activityKey} names a video activity of the same course can only be checked with
 * the whole course in hand: the course importer's job.
 */
public record LiveSessionSettings(int minAttendanceMinutes, Optional<String> recordingActivityKey, int watchPercent) {

    public static final int DEFAULT_WATCH_PERCENT = 90;
    public static final int MAX_MINUTES = 600;
    /** The same form as a course's activity keys. */
    private static final Pattern ACTIVITY_KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Set<String> KEYS = Set.of("minAttendanceMinutes", "recording", "watchPercent");

    public LiveSessionSettings {
        recordingActivityKey = recordingActivityKey == null ? Optional.empty() : recordingActivityKey;
    }

    /** Reads settings, reporting every problem at once. */
    public static LiveSessionSettings from(JsonObject json) throws InvalidSettingsException {
        List<String> problems = new ArrayList<>();
        int minutes = 0;
        JsonValue m = json.get("minAttendanceMinutes");
        if (!(m instanceof JsonNumber n) || !n.isIntegral() || n.intValue() < 1 || n.intValue() > MAX_MINUTES) {
            problems.add("minAttendanceMinutes: required, a whole number of minutes from 1 to " + MAX_MINUTES);
        } else {
            minutes = n.intValue();
        }
        Optional<String> recording = Optional.empty();
        JsonValue r = json.get("recording");
        if (r != null && r != JsonValue.NULL) {
            if (!(r instanceof JsonObject o) || !(o.get("activityKey") instanceof JsonString key)
                    || !ACTIVITY_KEY.matcher(key.getString()).matches() || o.size() != 1) {
                problems.add("recording: null, or {\"activityKey\": \"<key of the course's video activity>\"}");
            } else {
                recording = Optional.of(key.getString());
            }
        }
        int percent = DEFAULT_WATCH_PERCENT;
        JsonValue p = json.get("watchPercent");
        if (p != null) {
            if (!(p instanceof JsonNumber n) || !n.isIntegral() || n.intValue() < 1 || n.intValue() > 100) {
                problems.add("watchPercent: a whole number from 1 to 100");
            } else if (r == null || r == JsonValue.NULL) {
                problems.add("watchPercent: applies only with a recording; set \"recording\" or remove it");
            } else {
                percent = n.intValue();
            }
        }
        for (String key : json.keySet()) {
            if (!KEYS.contains(key)) {
                problems.add(key + ": unknown setting");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
        return new LiveSessionSettings(minutes, recording, percent);
    }

    public JsonObject toJson() {
        JsonObjectBuilder b = Json.createObjectBuilder().add("minAttendanceMinutes", minAttendanceMinutes);
        recordingActivityKey.ifPresentOrElse(
                key -> b.add("recording", Json.createObjectBuilder().add("activityKey", key)).add("watchPercent", watchPercent),
                () -> b.add("recording", JsonValue.NULL));
        return b.build();
    }
}
