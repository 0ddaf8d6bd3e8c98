package jp.medsec.lms.core.plugin;

import jakarta.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jp.medsec.lms.activity.live.LiveSessionActivityType;
import jp.medsec.lms.activity.page.PageActivityType;
import jp.medsec.lms.activity.video.VideoActivityType;
import jp.medsec.lms.spi.ActivityContent;
import jp.medsec.lms.spi.ActivityContext;
import jp.medsec.lms.spi.ActivityType;
import jp.medsec.lms.spi.CompletionDecision;
import jp.medsec.lms.spi.LearnerEvent;
import jp.medsec.lms.spi.PluginDescriptor;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActivityTypeRegistryTest {

    @Test
    void acceptsDistinctPluginsBuiltForThisSpi() {
        var types = ActivityTypeRegistry.verify(List.of(new PageActivityType(), new Fake("video", "1.0")));
        assertEquals(Set.of("page", "video"), types.keySet());
    }

    @Test
    void theTypesShippedInCoreAreFoundTogetherAsCdiBeans() {
        List<ActivityType> shipped = List.of(new PageActivityType(), new VideoActivityType(), new LiveSessionActivityType());
        assertEquals(Set.of("page", "video", "live-session"), ActivityTypeRegistry.verify(shipped).keySet());
        // The registry finds plugins through CDI; lms-core's beans.xml discovers annotated beans only.
        shipped.forEach(t -> assertTrue(t.getClass().isAnnotationPresent(ApplicationScoped.class), t.getClass().getName()));
    }

    @Test
    void refusesTwoPluginsClaimingOneId() {
        var e = assertThrows(PluginConfigurationException.class,
                () -> ActivityTypeRegistry.verify(List.of(new PageActivityType(), new Fake("page", "1.0"))));
        assertTrue(e.getMessage().contains("two plugins claim the id 'page'"), e.getMessage());
    }

    @Test
    void refusesPluginNeedingANewerSpi() {
        var e = assertThrows(PluginConfigurationException.class,
                () -> ActivityTypeRegistry.verify(List.of(new Fake("survey", "1.9"))));
        assertTrue(e.getMessage().contains("'survey'") && e.getMessage().contains("requires SPI 1.9"), e.getMessage());
    }

    @Test
    void reportsEveryProblemAtOnce() {
        var e = assertThrows(PluginConfigurationException.class, () -> ActivityTypeRegistry.verify(
                List.of(new Fake("a-type", "2.0"), new Fake("b-type", "1.0"), new Fake("b-type", "1.0"))));
        assertTrue(e.getMessage().contains("'a-type'") && e.getMessage().contains("'b-type'"), e.getMessage());
    }

    /** A plugin that does nothing but claim an id and an SPI version. */
    private record Fake(String id, String spi) implements ActivityType {

        @Override
        public PluginDescriptor descriptor() {
            return new PluginDescriptor(id, "0.1", spi, "fake");
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
            return CompletionDecision.incomplete("");
        }
    }
}
