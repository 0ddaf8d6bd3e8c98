package jp.medsec.lms.core.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jp.medsec.lms.core.domain.model.course.Activity;
import jp.medsec.lms.core.domain.model.enrolment.RecordedEvent;
import jp.medsec.lms.core.plugin.ActivityTypeRegistry;
import jp.medsec.lms.spi.ActivityContext;
import jp.medsec.lms.spi.ActivityType;
import jp.medsec.lms.spi.LearnerEvent;

import java.io.StringReader;
import java.time.Instant;
import java.util.Locale;

/** Translates between stored activities and events and what the SPI hands to a plugin. */
@ApplicationScoped
class ActivityPlugins {

    @Inject
    ActivityTypeRegistry registry;

    ActivityType typeOf(Activity activity) {
        return registry.require(activity.typeId());
    }

    ActivityContext context(Activity activity, Locale locale, Instant now) {
        return new ActivityContext(activity.id(), parse(activity.settings()), locale, now);
    }

    static LearnerEvent toSpi(RecordedEvent event) {
        return new LearnerEvent(event.type(), event.occurredAt(), parse(event.payload()));
    }

    static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        } catch (JsonException e) {
            throw new IllegalStateException("Stored JSON is not an object", e);
        }
    }
}
