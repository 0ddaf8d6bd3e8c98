package jp.medsec.lms.web.rest.certificates;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.medsec.lms.core.application.CertificateService;
import jp.medsec.lms.core.domain.model.certificate.Certificate;
import jp.medsec.lms.core.domain.model.shared.NotFoundException;
import jp.medsec.lms.core.infrastructure.certificate.openbadges.IssuerProfile;
import jp.medsec.lms.web.rest.Caller;
import jp.medsec.lms.web.rest.TooManyRequestsException;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Public verification, no login: whether a certificate is valid, expired, revoked or superseded, with only the name,
 * course, dates and issuer (no e-mail; the institution only if the holder allows it). An unknown code answers 404 the same way whatever its shape.
 */
@Path("verify/{code}")
@RequestScoped
public class VerificationResource {

    @Inject
    CertificateService certificates;

    @Inject
    VerificationThrottle throttle;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public record VerificationView(String standing, String number, String learnerName, String courseTitle,
                                   String trackName, Instant completedAt, Instant issuedAt, Instant validUntil,
                                   Instant revokedAt, String issuer, String institutionName) {
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verify a certificate by its code (public, at most 60 a minute per address)")
    public VerificationView verify(@PathParam("code") String code) {
        long wait = throttle.check(caller.address());
        if (wait > 0) {
            throw new TooManyRequestsException("certificate.too-many-verifications", "Too many verifications; wait", Duration.ofSeconds(wait));
        }
        String normalised = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT).replace("-", "");
        Certificate c = certificates.verify(normalised).orElseThrow(() -> new NotFoundException("certificate", "code"));
        return new VerificationView(c.standing(clock.instant()), c.number(), c.learnerName(), c.courseTitle(), c.trackName(),
                c.completedAt(), c.issuedAt(), c.validUntil().orElse(null), c.revokedAt().orElse(null),
                ConfigProvider.getConfig().getOptionalValue(IssuerProfile.CONFIG_NAME, String.class).orElse(IssuerProfile.DEFAULT_NAME),
                c.publicInstitutionName().orElse(null));
    }
}
