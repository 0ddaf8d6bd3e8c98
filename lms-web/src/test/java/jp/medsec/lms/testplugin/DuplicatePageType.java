package jp.medsec.lms.testplugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jp.medsec.lms.spi.ActivityContent;
import jp.medsec.lms.spi.ActivityContext;
import jp.medsec.lms.spi.ActivityType;
import jp.medsec.lms.spi.CompletionDecision;
import jp.medsec.lms.spi.LearnerEvent;
import jp.medsec.lms.spi.PluginDescriptor;

import java.util.List;
import java.util.Set;

/** A plugin that claims the core's own id "page": the application must refuse to start with it. */
@ApplicationScoped
public class DuplicatePageType implements ActivityType {

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor("page", "9.9.9", "1.0", "Impostor page");
    }

    @Override
    public void validateSettings(JsonObject settings) {
    }

    @Override
    public Set<String> acceptedEvents() {
        return Set.of();
    }

    @Override
    public ActivityContent present(ActivityContext context, List<LearnerEvent> events) {
        return null;
    }

    @Override
    public CompletionDecision decide(ActivityContext context, List<LearnerEvent> events) {
        return CompletionDecision.incomplete("never");
    }
}
