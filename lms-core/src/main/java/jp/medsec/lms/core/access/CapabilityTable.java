package jp.medsec.lms.core.access;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jp.medsec.lms.core.domain.model.learner.Learner;
import jp.medsec.lms.core.domain.model.learner.Role;
import jp.medsec.lms.core.plugin.PluginConfigurationException;
import jp.medsec.lms.spi.CapabilityDefinition;
import jp.medsec.lms.spi.CapabilityProvider;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The capability table: every capability of the core and the plugins, and the roles that hold it. Checked once:
 * the application refuses to start when two providers declare one capability or a capability names an
 * unknown role.
 */
@ApplicationScoped
public class CapabilityTable {

    @Inject
    @Any
    Instance<CapabilityProvider> providers;

    private Map<String, CapabilityDefinition> byId;

    @PostConstruct
    void init() {
        byId = build(providers.stream().toList());
    }

    static Map<String, CapabilityDefinition> build(Collection<CapabilityProvider> providers) {
        Set<String> roles = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet());
        Map<String, CapabilityDefinition> table = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (CapabilityProvider provider : providers) {
            for (CapabilityDefinition c : provider.capabilities()) {
                if (table.putIfAbsent(c.id(), c) != null) {
                    problems.add("capability '" + c.id() + "' is declared twice (again by " + provider.getClass().getName() + ")");
                }
                c.roles().stream().filter(r -> !roles.contains(r))
                        .forEach(r -> problems.add("capability '" + c.id() + "' names an unknown role " + r));
            }
        }
        if (!problems.isEmpty()) {
            throw new PluginConfigurationException("Refusing to start: " + String.join("; ", problems));
        }
        return Collections.unmodifiableMap(table);
    }

    /** The capabilities a set of roles holds. */
    public Set<String> capabilitiesOf(Collection<Role> roles) {
        Set<String> names = roles.stream().map(Role::name).collect(Collectors.toSet());
        return byId.values().stream().filter(c -> c.roles().stream().anyMatch(names::contains))
                .map(CapabilityDefinition::id).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The container groups of a logged-in learner: their roles and those roles' capabilities. Roles that
     * require two-factor authentication count only once it is set up: until then an administrator is a learner
     * who can set it up, and nothing more.
     */
    public Set<String> groupsOf(Learner learner) {
        Set<Role> roles = EnumSet.copyOf(learner.roles());
        if (learner.requiresTwoFactor() && !learner.twoFactorEnabled()) {
            roles.removeAll(EnumSet.of(Role.ADMIN, Role.CERTIFICATE_ADMIN));
        }
        Set<String> groups = roles.stream().map(Role::name).collect(Collectors.toCollection(TreeSet::new));
        groups.addAll(capabilitiesOf(roles));
        return groups;
    }

    public List<CapabilityDefinition> all() {
        return List.copyOf(byId.values());
    }
}
