package jp.medsec.lms.spi;

import jakarta.json.JsonObject;

/**
 * What the learner's page shows: {@code html} must already be safe to insert into a page (the plugin
 * sanitises), {@code data} carries what the client needs to run the activity.
 */
public record ActivityContent(String html, JsonObject data) {
}
