package jp.medsec.lms.web.rest.certificates;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
import jp.medsec.lms.core.domain.model.certificate.Certificate;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException;
import jp.medsec.lms.core.infrastructure.certificate.pdf.CertificatePdfRenderer;
import jp.medsec.lms.core.infrastructure.certificate.pdf.CertificateTemplate;
import jp.medsec.lms.web.rest.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Clock;
import java.util.List;

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

    @Context
    HttpServletRequest request;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The caller's certificates, newest first, including revoked and superseded ones")
    public List<CertificateView> mine() {
        return certificates.mine(caller.learnerId()).stream().map(c -> CertificateView.forHolder(c,
                files.verificationUrl(request, c).toString(), clock.instant())).toList();
    }

    @GET
    @Path("{certificateId}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "The certificate as PDF (template=ja or en); a revoked or superseded one carries a watermark")
    public Response pdf(@PathParam("certificateId") String certificateId, @QueryParam("template") @DefaultValue("ja") String template) {
        Certificate c = certificates.mine(caller.learnerId(), certificateId);
        CertificateTemplate chosen;
        try {
            chosen = CertificateTemplate.byId(template);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("certificate.template", "template must be ja or en",
                    List.of(new InvalidInputException.FieldProblem("template", "certificate.template")));
        }
        return Response.ok(files.pdf(request, c, chosen)).header("Content-Disposition",
                "attachment; filename=\"" + CertificatePdfRenderer.fileName(c.number()) + "\"").build();
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
