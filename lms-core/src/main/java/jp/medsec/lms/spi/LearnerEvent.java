package jp.medsec.lms.spi;

import jakarta.json.JsonObject;

import java.time.Instant;

/** Something a learner did on an activity, stamped with the server's clock. */
public record LearnerEvent(String type, Instant occurredAt, JsonObject payload) {
}
