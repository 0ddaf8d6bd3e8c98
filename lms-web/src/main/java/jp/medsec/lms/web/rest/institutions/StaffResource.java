package jp.medsec.lms.web.rest.institutions;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.medsec.lms.core.access.Capabilities;
import jp.medsec.lms.core.application.OrganisationService;
import jp.medsec.lms.web.rest.Caller;
import jp.medsec.lms.web.rest.institutions.InstitutionViews.StaffView;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** One staff member's training record, for whoever manages them (404 for anyone else). */
@Path("staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StaffResource {

    @Inject
    OrganisationService organisation;

    @Inject
    Caller caller;

    @GET
    @Path("{learnerId}")
    @RolesAllowed(Capabilities.STAFF_VIEW)
    @Operation(summary = "A staff member's training record")
    public StaffView member(@PathParam("learnerId") String learnerId) {
        return StaffView.of(organisation.staffMember(caller.actor(), learnerId));
    }
}
