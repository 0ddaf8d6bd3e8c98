package jp.medsec.lms.testplugin;

import jakarta.enterprise.context.ApplicationScoped;
import jp.medsec.lms.spi.CapabilityDefinition;
import jp.medsec.lms.spi.CapabilityProvider;

import java.util.List;
import java.util.Set;

/** The checklist plugin's own row in the capability table. */
@ApplicationScoped
public class ChecklistCapabilities implements CapabilityProvider {

    @Override
    public List<CapabilityDefinition> capabilities() {
        return List.of(new CapabilityDefinition("checklist.review", Set.of("TRAINER", "INSTITUTION_MANAGER"),
                "Review learners' checklists"));
    }
}
