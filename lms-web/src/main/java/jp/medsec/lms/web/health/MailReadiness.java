package jp.medsec.lms.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.medsec.lms.core.application.mail.MailOutbox;
import jp.medsec.lms.core.domain.model.mail.MailStatus;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The mail outbox's state for monitoring: {@code state} is {@code ok}, {@code degraded} (mails have failed; an
 * administrator should look at the mail page) or {@code not-configured} (mails wait). It stays UP in all three:
 * mail trouble must not take the LMS out of a load balancer, since learners can still do everything and the
 * mails wait in the outbox. A database that does not answer is DOWN, as for the catalog.
 */
@Readiness
@ApplicationScoped
public class MailReadiness implements HealthCheck {

    @Inject
    MailOutbox outbox;

    @Override
    public HealthCheckResponse call() {
        try {
            var overview = outbox.overview();
            long failed = overview.counts().getOrDefault(MailStatus.FAILED, 0L);
            String state = !overview.configured() ? "not-configured" : failed > 0 ? "degraded" : "ok";
            return HealthCheckResponse.named("mail").up().withData("state", state)
                    .withData("pending", overview.counts().getOrDefault(MailStatus.PENDING, 0L))
                    .withData("failed", failed).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("mail").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
