package jp.medsec.lms.web.rest.institutions;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jp.medsec.lms.core.access.Capabilities;
import jp.medsec.lms.core.application.OrganisationService;
import jp.medsec.lms.core.domain.model.institution.Institution;
import jp.medsec.lms.core.domain.model.institution.Prefecture;
import jp.medsec.lms.web.rest.Caller;
import jp.medsec.lms.web.rest.institutions.InstitutionViews.CreateDepartmentRequest;
import jp.medsec.lms.web.rest.institutions.InstitutionViews.CreateInstitutionRequest;
import jp.medsec.lms.web.rest.institutions.InstitutionViews.DepartmentView;
import jp.medsec.lms.web.rest.institutions.InstitutionViews.InstitutionView;
import jp.medsec.lms.web.rest.institutions.InstitutionViews.StaffView;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/**
 * Institutions and their staff records. Administrators see all; an institution manager sees their own
 * institution (a department manager: their department's staff only). Anything outside the caller's scope
 * is answered 404, as if it did not exist.
 */
@Path("institutions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InstitutionsResource {

    @Inject
    OrganisationService organisation;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed(Capabilities.STAFF_VIEW)
    @Operation(summary = "Institutions the caller manages (all, for an administrator)")
    public List<InstitutionView> institutions() {
        return organisation.institutions(caller.actor()).stream().map(InstitutionView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Capabilities.INSTITUTION_MANAGE)
    @Operation(summary = "Register an institution (administrators)")
    public Response create(@Valid @NotNull CreateInstitutionRequest r) {
        Institution i = organisation.createInstitution(caller.actor(), r.name(),
                Prefecture.byCode(r.prefectureCode()).orElseThrow(), r.kind(), r.beds());
        return Response.created(UriBuilder.fromPath("/api/institutions/{id}").build(i.id())).entity(InstitutionView.of(i)).build();
    }

    @GET
    @Path("{institutionId}")
    @RolesAllowed(Capabilities.STAFF_VIEW)
    @Operation(summary = "One institution with its departments")
    public InstitutionView institution(@PathParam("institutionId") String institutionId) {
        return InstitutionView.of(organisation.institution(caller.actor(), institutionId));
    }

    @POST
    @Path("{institutionId}/departments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Capabilities.STAFF_MANAGE)
    @Operation(summary = "Add a department (administrators, or the institution's manager)")
    public Response addDepartment(@PathParam("institutionId") String institutionId, @Valid @NotNull CreateDepartmentRequest r) {
        var d = organisation.addDepartment(caller.actor(), institutionId, r.name());
        return Response.status(Response.Status.CREATED).entity(DepartmentView.of(d)).build();
    }

    @GET
    @Path("{institutionId}/staff")
    @RolesAllowed(Capabilities.STAFF_VIEW)
    @Operation(summary = "Staff in the caller's scope with their training records")
    public List<StaffView> staff(@PathParam("institutionId") String institutionId) {
        return organisation.staff(caller.actor(), institutionId).stream().map(StaffView::of).toList();
    }
}
