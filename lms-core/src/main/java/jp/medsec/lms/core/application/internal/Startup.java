package jp.medsec.lms.core.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jp.medsec.lms.core.access.CapabilityTable;
import jp.medsec.lms.core.plugin.ActivityTypeRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * Runs once when the application starts: checks the plugins and the capability table (a failure stops the start), seeds the shipped
 * content if configured to, and creates the administrator named in configuration.
 */
@ApplicationScoped
public class Startup {

    private static final Logger LOG = Logger.getLogger(Startup.class.getName());

    @Inject
    ActivityTypeRegistry registry;

    @Inject
    CapabilityTable capabilities;

    @Inject
    ContentSeeder seeder;

    @Inject
    DefaultAccountService accounts;

    @Inject
    @ConfigProperty(name = "lms.seed.content", defaultValue = "true")
    boolean seedContent;

    @Inject
    @ConfigProperty(name = "lms.admin.email")
    Optional<String> adminEmail;

    @Inject
    @ConfigProperty(name = "lms.admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "lms.admin.name", defaultValue = "管理者")
    String adminName;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        LOG.info(() -> "Installed activity types: " + registry.descriptors().size()
                + "; capabilities: " + capabilities.all().size());
        if (seedContent) {
            seeder.seed();
        }
        if (adminEmail.isPresent() && adminPassword.isPresent()) {
            accounts.ensureAdministrator(adminEmail.get(), adminPassword.get(), adminName);
        } else {
            LOG.info("No lms.admin.email/lms.admin.password configured: no administrator account is created");
        }
    }
}
