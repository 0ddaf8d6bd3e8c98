package jp.medsec.lms.testplugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jp.medsec.lms.spi.ActivityContent;
import jp.medsec.lms.spi.ActivityContext;
import jp.medsec.lms.spi.ActivityType;
import jp.medsec.lms.spi.CompletionDecision;
import jp.medsec.lms.spi.InvalidSettingsException;
import jp.medsec.lms.spi.LearnerEvent;
import jp.medsec.lms.spi.PluginDescriptor;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A checklist: settings {"items": ["...", ...]}; event "checked" with payload {"item": "..."}; complete when
 * every item has been checked. It imports nothing from the LMS but jp.medsec.lms.spi.
 */
@ApplicationScoped
public class ChecklistActivityType implements ActivityType {

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor("checklist", "0.1.0", "1.0", "Checklist (test plugin)");
    }

    @Override
    public void validateSettings(JsonObject settings) throws InvalidSettingsException {
        if (!(settings.get("items") instanceof JsonArray items) || items.isEmpty()
                || !items.stream().allMatch(i -> i instanceof JsonString)) {
            throw new InvalidSettingsException(List.of("items: a non-empty list of texts"));
        }
    }

    @Override
    public Set<String> acceptedEvents() {
        return Set.of("checked");
    }

    @Override
    public ActivityContent present(ActivityContext context, List<LearnerEvent> events) {
        return new ActivityContent("<ul></ul>", Json.createObjectBuilder().add("items", context.settings().getJsonArray("items")).build());
    }

    @Override
    public CompletionDecision decide(ActivityContext context, List<LearnerEvent> events) {
        Set<String> checked = new HashSet<>();
        events.forEach(e -> checked.add(e.payload().getString("item", "")));
        Set<String> required = new HashSet<>(context.settings().getJsonArray("items").getValuesAs(JsonString::getString));
        required.removeAll(checked);
        return required.isEmpty() ? CompletionDecision.complete("all checked")
                : CompletionDecision.incomplete(required.size() + " left");
    }
}
