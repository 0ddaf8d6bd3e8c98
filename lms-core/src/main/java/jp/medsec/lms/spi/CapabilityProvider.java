package jp.medsec.lms.spi;

import java.util.List;

/**
 * Adds capabilities to the LMS's capability table (as Moodle plugins declare theirs in access.php). A plugin
 * that protects its own endpoints or actions implements this as an {@code @ApplicationScoped} bean; its
 * endpoints then name the capability in {@code @RolesAllowed}. Since SPI 1.1.
 */
public interface CapabilityProvider {

    List<CapabilityDefinition> capabilities();
}
