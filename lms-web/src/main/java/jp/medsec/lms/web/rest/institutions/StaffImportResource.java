package jp.medsec.lms.web.rest.institutions;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jp.medsec.lms.core.access.Capabilities;
import jp.medsec.lms.core.application.staff.StaffCsv;
import jp.medsec.lms.core.application.staff.StaffImportService;
import jp.medsec.lms.core.application.staff.StaffImportService.Report;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException.FieldProblem;
import jp.medsec.lms.web.rest.Caller;
import jp.medsec.lms.web.rest.RequestLocale;
import jp.medsec.lms.web.rest.problem.Problems;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A manager uploads the staff list as CSV (as saved by Excel: UTF-8, UTF-8 with BOM, or Shift_JIS). With
 * {@code dryRun=true} they get the report and nothing changes; a real run on a file with any problem answers 400
 * with every bad row by line and imports nothing. A clean run creates the accounts and returns each person's
 * invitation link, shown this once.
 */
@Path("institutions/{institutionId}/staff/import")
@RequestScoped
public class StaffImportResource {

    @Inject
    StaffImportService imports;

    @Inject
    Caller caller;

    @Inject
    Problems problems;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @POST
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Capabilities.STAFF_MANAGE)
    @Operation(summary = "Import staff from CSV (dryRun=true to check only); creates accounts with invitations")
    public ReportView importStaff(@PathParam("institutionId") String institutionId,
                                  @QueryParam("dryRun") @DefaultValue("false") boolean dryRun, byte[] csv) {
        Report report = imports.importStaff(caller.actor(), institutionId, csv == null ? new byte[0] : csv, dryRun);
        Locale locale = RequestLocale.of(headers);
        List<ProblemView> rows = report.problems().stream().map(p -> new ProblemView(p.line(), p.field(), message(locale, p))).toList();
        if (!dryRun && !report.clean()) {
            throw new InvalidInputException("staff.csv.invalid", "The file has problems; nothing was imported",
                    rows.stream().map(r -> new FieldProblem("line " + r.line() + (r.field() == null ? "" : ": " + r.field()), r.message())).toList());
        }
        String base = uri.getBaseUri().resolve("/").toString();
        return new ReportView(report.encoding(), report.rows(), report.clean(), rows, report.toCreate(), report.unchanged(),
                report.invitations().stream().map(i -> new InvitationView(i.line(), i.email(), i.fullName(),
                        base + "invitation.html?token=" + i.token(), i.expiresAt())).toList(), report.imported());
    }

    /** "staff.csv.duplicate:3" is the key with the line of the first occurrence. */
    private String message(Locale locale, StaffCsv.Problem p) {
        String[] parts = p.message().split(":", 2);
        String text = problems.message(locale, parts[0]).orElse(parts[0]);
        return parts.length == 2 ? text.replace("{line}", parts[1]) : text;
    }

    public record ProblemView(int line, String field, String message) {
    }

    public record InvitationView(int line, String email, String fullName, String url, Instant expiresAt) {
    }

    public record ReportView(String encoding, int rows, boolean clean, List<ProblemView> problems, List<String> toCreate,
                             List<String> unchanged, List<InvitationView> invitations, boolean imported) {
    }
}
