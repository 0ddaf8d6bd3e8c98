package jp.medsec.lms.web.rest.certificates;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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
import jp.medsec.lms.core.domain.model.certificate.CertificateStatus;
import jp.medsec.lms.core.domain.model.shared.NotFoundException;
import jp.medsec.lms.web.rest.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Certificates of an institution's staff, for the managers who must show an inspector that their staff were
 * trained: the list with history, one PDF, and all valid ones as a ZIP or one merged PDF. Only within the manager's
 * scope (a department manager: their department); anything else answers 404.
 */
@Path("institutions/{institutionId}/certificates")
@RequestScoped
@RolesAllowed(Capabilities.STAFF_VIEW)
public class StaffCertificatesResource {

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
    @Operation(summary = "Certificates of the staff the caller manages, newest first, including revoked and superseded ones;"
            + " renewal marks those expiring within the reminder window (EXPIRES_SOON) or expired (EXPIRED) that the holder"
            + " has not renewed. renewalDue=true lists only those, the staff to chase before an inspection")
    public List<CertificateView> list(@PathParam("institutionId") String institutionId,
                                      @QueryParam("renewalDue") @DefaultValue("false") boolean renewalDue) {
        Instant now = clock.instant();
        List<Certificate> staff = certificates.staffCertificates(caller.actor(), institutionId);
        // The list holds every certificate of each staff member in scope, so a longer-lasting one is always seen.
        Map<String, Renewal> renewals = Renewal.of(staff, now, renewal.window());
        return staff.stream().filter(c -> !renewalDue || renewals.containsKey(c.id()))
                .map(c -> CertificateView.forManager(c, files.verificationUrl(request, c).toString(), now, renewals.get(c.id())))
                .toList();
    }

    @GET
    @Path("export")
    @Produces({"application/zip", "application/pdf"})
    @Operation(summary = "All valid certificates of the staff the caller manages: format=zip (a PDF each) or pdf (merged)")
    public Response export(@PathParam("institutionId") String institutionId,
                           @QueryParam("format") @DefaultValue("zip") String format, @QueryParam("template") String template) {
        List<Certificate> valid = certificates.staffCertificates(caller.actor(), institutionId).stream()
                .filter(c -> c.status() == CertificateStatus.ISSUED).toList();
        return files.bundle(request, valid, format, template,
                "staff-certificates-" + clock.instant().atZone(ZoneId.of("Asia/Tokyo")).toLocalDate());
    }

    @GET
    @Path("{certificateId}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "One staff member's certificate as PDF")
    public Response pdf(@PathParam("institutionId") String institutionId, @PathParam("certificateId") String certificateId,
                        @QueryParam("template") String template) {
        Certificate c = certificates.staffCertificates(caller.actor(), institutionId).stream()
                .filter(x -> x.id().equals(certificateId)).findFirst()
                .orElseThrow(() -> new NotFoundException("certificate", certificateId));
        return files.pdf(request, c, template);
    }
}
