package jp.medsec.lms.web.rest.certificates;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.medsec.lms.core.access.Capabilities;
import jp.medsec.lms.core.application.CertificateService;
import jp.medsec.lms.core.application.certificate.RenewalSettings;
import jp.medsec.lms.core.domain.model.certificate.Certificate;
import jp.medsec.lms.core.domain.model.certificate.Renewal;
import jp.medsec.lms.web.rest.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A learner's own certificates: the list with their history, the PDF, and the signed Open Badges credential. */
@Path("me/certificates")
@RequestScoped
@RolesAllowed(Capabilities.COURSE_ENROL)
public class MyCertificatesResource {

    @Inject
    CertificateService certificates;

    @Inject
    CertificateFiles files;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    RenewalSettings renewal;

    @Context
    HttpServletRequest request;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The caller's certificates, newest first, including revoked and superseded ones; renewal marks"
            + " those expiring within the reminder window (EXPIRES_SOON) or expired (EXPIRED) and not yet renewed")
    public List<CertificateView> mine() {
        Instant now = clock.instant();
        List<Certificate> mine = certificates.mine(caller.learnerId());
        Map<String, Renewal> renewals = Renewal.of(mine, now, renewal.window());
        return mine.stream().map(c -> CertificateView.forHolder(c, files.verificationUrl(request, c).toString(), now,
                renewals.get(c.id()))).toList();
    }

    @GET
    @Path("{certificateId}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "The certificate as PDF (template=ja or en, else the course's); a revoked or superseded one carries a watermark")
    public Response pdf(@PathParam("certificateId") String certificateId, @QueryParam("template") String template) {
        return files.pdf(request, certificates.mine(caller.learnerId(), certificateId), template);
    }

    public record PrivacyRequest(boolean showInstitution) {
    }

    @PUT
    @Path("{certificateId}/privacy")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Allow (or stop allowing) the public verification page to show the holder's institution")
    public CertificateView privacy(@PathParam("certificateId") String certificateId, @NotNull PrivacyRequest r) {
        Certificate c = certificates.showInstitution(caller.learnerId(), certificateId, r.showInstitution());
        Instant now = clock.instant();
        return CertificateView.forHolder(c, files.verificationUrl(request, c).toString(), now,
                Renewal.of(c, certificates.mine(caller.learnerId()), now, renewal.window()).orElse(null));
    }

    @GET
    @Path("requests")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The caller's certificates awaiting approval, and decided requests with the reason")
    public List<CertificateRequestView> requests() {
        return certificates.myRequests(caller.learnerId()).stream().map(CertificateRequestView::forHolder).toList();
    }

    @GET
    @Path("{certificateId}/credential")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The certificate as a signed Open Badges 3.0 credential (eddsa-rdfc-2022)")
    public Response credential(@PathParam("certificateId") String certificateId) {
        Certificate c = certificates.mine(caller.learnerId(), certificateId);
        JsonObject credential = files.credential(request, c);
        return Response.ok(credential).header("Content-Disposition",
                "attachment; filename=\"" + c.number() + ".json\"").build();
    }
}
