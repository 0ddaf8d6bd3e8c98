package jp.medsec.lms.spi;

import jakarta.json.JsonObject;

import java.time.Instant;
import java.util.Locale;

/** The activity a plugin is asked about: its id, the trainer's settings, the learner's language and now. */
public record ActivityContext(String activityId, JsonObject settings, Locale locale, Instant now) {
}
