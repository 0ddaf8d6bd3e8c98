package jp.medsec.lms.web.rest.certificates;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.medsec.lms.core.access.Capabilities;
import jp.medsec.lms.core.application.CertificateService;
import jp.medsec.lms.core.domain.model.certificate.Certificate;
import jp.medsec.lms.web.rest.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Clock;
import java.util.List;

/** Certificate administration: search, issue by hand, reissue, revoke; each action needs a reason and is audited. */
@Path("certificates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Capabilities.CERTIFICATE_ISSUE)
public class CertificatesResource {

    @Inject
    CertificateService certificates;

    @Inject
    CertificateFiles files;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Context
    HttpServletRequest request;

    public record IssueRequest(@NotNull(message = "{lms.validation.required}") String learnerId,
                               @NotNull(message = "{lms.validation.required}") String courseId, String reason) {
    }

    public record ReasonRequest(String reason) {
    }

    @GET
    @Operation(summary = "Certificates, newest first (up to 500), optionally of one course")
    public List<CertificateView> search(@QueryParam("courseId") String courseId) {
        return certificates.search(caller.actor(), courseId).stream().map(this::view).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue a certificate by hand, with a reason (409 when a valid one of this fiscal year exists)")
    public Response issue(@Valid @NotNull IssueRequest r) {
        Certificate c = certificates.issueManually(caller.actor(), r.learnerId(), r.courseId(), r.reason());
        return Response.status(Response.Status.CREATED).entity(view(c)).build();
    }

    @POST
    @Path("{certificateId}/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revoke a certificate, with a reason; it stays on record and its verification says revoked")
    public CertificateView revoke(@PathParam("certificateId") String certificateId, @NotNull ReasonRequest r) {
        return view(certificates.revoke(caller.actor(), certificateId, r.reason()));
    }

    @POST
    @Path("{certificateId}/reissue")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a certificate with a new one (e.g. after a change of name); the old one is superseded")
    public Response reissue(@PathParam("certificateId") String certificateId, @NotNull ReasonRequest r) {
        return Response.status(Response.Status.CREATED).entity(view(certificates.reissue(caller.actor(), certificateId, r.reason()))).build();
    }

    private CertificateView view(Certificate c) {
        return CertificateView.forAdministrator(c, files.verificationUrl(request, c).toString(), clock.instant());
    }
}
