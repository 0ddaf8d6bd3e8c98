package jp.medsec.lms.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.medsec.lms.core.application.CatalogService;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers and the catalog has its tracks (seeding has run). */
@Readiness
@ApplicationScoped
public class CatalogReadiness implements HealthCheck {

    @Inject
    CatalogService catalog;

    @Override
    public HealthCheckResponse call() {
        try {
            int tracks = catalog.tracks().size();
            return HealthCheckResponse.named("catalog").status(tracks > 0).withData("tracks", tracks).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("catalog").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
