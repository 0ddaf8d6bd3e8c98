package jp.medsec.lms.core.access;

import jp.medsec.lms.core.domain.model.learner.Role;
import jp.medsec.lms.core.plugin.PluginConfigurationException;
import jp.medsec.lms.spi.CapabilityDefinition;
import jp.medsec.lms.spi.CapabilityProvider;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CapabilityTableTest {

    private static CapabilityTable table(CapabilityProvider... providers) {
        CapabilityTable table = new CapabilityTable();
        var built = CapabilityTable.build(List.of(providers));
        try {
            var field = CapabilityTable.class.getDeclaredField("byId");
            field.setAccessible(true);
            field.set(table, built);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return table;
    }

    private static final CapabilityProvider QUIZ = () -> List.of(
            new CapabilityDefinition("quiz.grade", Set.of("TRAINER"), "Grade essay answers"));

    @Test
    void rolesHoldTheCapabilitiesOfTheTableIncludingPlugins() {
        CapabilityTable table = table(new CoreCapabilities(), QUIZ);
        assertEquals(Set.of(Capabilities.COURSE_ENROL), table.capabilitiesOf(Set.of(Role.LEARNER)));
        assertEquals(Set.of(Capabilities.COURSE_ENROL, Capabilities.STAFF_VIEW, Capabilities.STAFF_MANAGE),
                table.capabilitiesOf(Set.of(Role.LEARNER, Role.INSTITUTION_MANAGER)));
        assertTrue(table.capabilitiesOf(Set.of(Role.TRAINER)).containsAll(Set.of("quiz.grade", Capabilities.COURSE_AUTHOR)));
        assertTrue(table.capabilitiesOf(Set.of(Role.ADMIN)).contains(Capabilities.AUDIT_VIEW));
        assertTrue(!table.capabilitiesOf(Set.of(Role.CERTIFICATE_ADMIN)).contains(Capabilities.AUDIT_VIEW));
    }

    @Test
    void aCapabilityDeclaredTwiceOrNamingAnUnknownRoleStopsTheStart() {
        var twice = assertThrows(PluginConfigurationException.class, () -> CapabilityTable.build(List.of(QUIZ, QUIZ)));
        assertTrue(twice.getMessage().contains("'quiz.grade' is declared twice"), twice.getMessage());
        CapabilityProvider typo = () -> List.of(new CapabilityDefinition("quiz.review", Set.of("TEACHER"), "x"));
        var unknown = assertThrows(PluginConfigurationException.class, () -> CapabilityTable.build(List.of(typo)));
        assertTrue(unknown.getMessage().contains("unknown role TEACHER"), unknown.getMessage());
    }
}
