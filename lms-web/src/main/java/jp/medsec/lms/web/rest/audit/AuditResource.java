package jp.medsec.lms.web.rest.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jp.medsec.lms.core.access.Capabilities;
import jp.medsec.lms.core.access.CapabilityTable;
import jp.medsec.lms.core.application.AuditLog;
import jp.medsec.lms.spi.CapabilityDefinition;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Instant;
import java.util.List;

@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditLog audit;

    @Inject
    CapabilityTable capabilities;

    @GET
    @Path("audit")
    @RolesAllowed(Capabilities.AUDIT_VIEW)
    @Operation(summary = "The newest audit entries, optionally of one action (administrators; read-only)")
    public List<AuditEntryView> audit(@QueryParam("action") String action,
                                      @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return audit.latest(action == null || action.isBlank() ? null : action, limit).stream()
                .map(e -> new AuditEntryView(e.id(), e.occurredAt(), e.action(), e.actor(), e.subject(), e.address(), e.detail()))
                .toList();
    }

    @GET
    @Path("capabilities")
    @RolesAllowed(Capabilities.ROLE_ASSIGN)
    @Operation(summary = "The capability table: each capability and the roles holding it (administrators)")
    public List<CapabilityDefinition> capabilities() {
        return capabilities.all();
    }

    public record AuditEntryView(String id, Instant occurredAt, String action, String actor, String subject,
                                 String address, String detail) {
    }
}
