package jp.medsec.lms.web.rest.courses;

import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An event a learner's page records on an activity; the activity's plugin says which types it accepts. */
public record EventRequest(
        @NotBlank(message = "{lms.validation.event-type}") @Size(max = 40, message = "{lms.validation.size}") String type,
        JsonObject payload) {
}
