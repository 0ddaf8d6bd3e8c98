package jp.medsec.lms.web.rest.certificates;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import jp.medsec.lms.core.application.CertificateService.BulkOutcome;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException;
import jp.medsec.lms.core.domain.model.certificate.Certificate;
import jp.medsec.lms.web.rest.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
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

    /** Bulk issue for a course, optionally only one institution's staff; {@code dryRun} lists who would get one. */
    public record BulkRequest(@NotNull(message = "{lms.validation.required}") String courseId, String institutionId,
                              String reason, boolean dryRun) {
    }

    public record BulkRowView(String learnerId, String learnerName, Instant completedAt, String outcome, String number) {
    }

    public record BulkView(boolean dryRun, long issued, long wouldIssue, long alreadyValid, int notComplete,
                           List<BulkRowView> rows) {

        static BulkView of(CertificateService.BulkIssue b) {
            return new BulkView(b.dryRun(), b.count(BulkOutcome.ISSUED), b.count(BulkOutcome.WOULD_ISSUE),
                    b.count(BulkOutcome.ALREADY_VALID), b.notComplete(), b.rows().stream().map(r -> new BulkRowView(
                    r.learnerId(), r.learnerName(), r.completedAt(), r.outcome().name(), r.number())).toList());
        }
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

    @POST
    @Path("bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue certificates to everyone who completed a course (optionally of one institution) and holds"
            + " no valid one; dryRun=true lists them without issuing. A reason is required unless dryRun")
    public BulkView bulk(@Valid @NotNull BulkRequest r) {
        return BulkView.of(certificates.bulkIssue(caller.actor(), r.courseId(), r.institutionId(), r.reason(), r.dryRun()));
    }

    @GET
    @Path("export")
    @Produces({"application/zip", "application/pdf"})
    @Operation(summary = "All valid certificates of a course (optionally of one institution) as one ZIP of PDFs (format=zip)"
            + " or one merged PDF (format=pdf)")
    public Response export(@QueryParam("courseId") String courseId, @QueryParam("institutionId") String institutionId,
                           @QueryParam("format") @DefaultValue("zip") String format, @QueryParam("template") String template) {
        if (courseId == null || courseId.isBlank()) {
            throw new InvalidInputException("lms.validation.required", "courseId is required",
                    List.of(new InvalidInputException.FieldProblem("courseId", "lms.validation.required")));
        }
        var valid = certificates.validOfCourse(caller.actor(), courseId, institutionId);
        return files.bundle(request, valid, format, template, "certificates-" + valid.stream().findFirst()
                .map(Certificate::trackCode).orElse("course") + "-" + clock.instant().atZone(ZoneId.of("Asia/Tokyo")).toLocalDate());
    }

    @GET
    @Path("requests")
    @Operation(summary = "Completions awaiting approval (courses whose certificates need it), oldest first")
    public List<CertificateRequestView> requests() {
        return certificates.pendingRequests(caller.actor()).stream().map(CertificateRequestView::forAdministrator).toList();
    }

    @POST
    @Path("requests/{requestId}/approve")
    @Operation(summary = "Approve a pending request: the certificate is issued with the completion's date")
    public Response approve(@PathParam("requestId") String requestId) {
        return Response.status(Response.Status.CREATED).entity(view(certificates.approve(caller.actor(), requestId))).build();
    }

    @POST
    @Path("requests/{requestId}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject a pending request with a reason the learner sees")
    public Response reject(@PathParam("requestId") String requestId, @NotNull ReasonRequest r) {
        certificates.reject(caller.actor(), requestId, r.reason());
        return Response.noContent().build();
    }

    private CertificateView view(Certificate c) {
        return CertificateView.forAdministrator(c, files.verificationUrl(request, c).toString(), clock.instant());
    }
}
