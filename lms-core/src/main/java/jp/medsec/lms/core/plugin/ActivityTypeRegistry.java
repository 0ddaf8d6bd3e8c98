package jp.medsec.lms.core.plugin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException;
import jp.medsec.lms.spi.ActivityType;
import jp.medsec.lms.spi.PluginDescriptor;
import jp.medsec.lms.spi.SpiVersion;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * Every activity type installed, by id. Built once: the application refuses to start when two plugins claim
 * one id or a plugin needs an SPI this core does not provide (as Open edX refuses duplicate XBlocks).
 */
@ApplicationScoped
public class ActivityTypeRegistry {

    private static final Logger LOG = Logger.getLogger(ActivityTypeRegistry.class.getName());

    @Inject
    @Any
    Instance<ActivityType> discovered;

    private Map<String, ActivityType> types;

    @PostConstruct
    void init() {
        types = verify(discovered.stream().toList());
        types.values().forEach(t -> LOG.info(() -> "Activity type " + t.descriptor().id() + " "
                + t.descriptor().version() + " (SPI " + t.descriptor().requiresSpi() + ")"));
    }

    /** Checks a set of plugins; the map it returns is what the registry serves. */
    static Map<String, ActivityType> verify(Collection<ActivityType> plugins) {
        Map<String, ActivityType> byId = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (ActivityType plugin : plugins) {
            PluginDescriptor d = plugin.descriptor();
            if (!SpiVersion.satisfies(d.requiresSpi())) {
                problems.add("plugin '" + d.id() + "' " + d.version() + " requires SPI " + d.requiresSpi()
                        + " but this core provides " + SpiVersion.CURRENT);
            }
            ActivityType previous = byId.putIfAbsent(d.id(), plugin);
            if (previous != null) {
                problems.add("two plugins claim the id '" + d.id() + "': " + previous.getClass().getName()
                        + " and " + plugin.getClass().getName());
            }
        }
        if (!problems.isEmpty()) {
            throw new PluginConfigurationException("Refusing to start: " + String.join("; ", problems));
        }
        return Collections.unmodifiableMap(byId);
    }

    public Optional<ActivityType> find(String id) {
        return Optional.ofNullable(types.get(id));
    }

    public ActivityType require(String id) {
        return find(id).orElseThrow(() -> new InvalidInputException("activity.unknown-type",
                "No activity type plugin with id '" + id + "' is installed"));
    }

    public List<PluginDescriptor> descriptors() {
        return types.values().stream().map(ActivityType::descriptor).toList();
    }
}
