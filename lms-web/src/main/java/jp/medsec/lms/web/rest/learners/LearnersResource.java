package jp.medsec.lms.web.rest.learners;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jp.medsec.lms.core.access.Capabilities;
import jp.medsec.lms.core.application.AccountService;
import jp.medsec.lms.core.application.OrganisationService;
import jp.medsec.lms.core.domain.model.learner.Learner;
import jp.medsec.lms.core.domain.model.learner.Role;
import jp.medsec.lms.core.domain.model.learner.RoleGrant;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException;
import jp.medsec.lms.core.domain.model.shared.NotFoundException;
import jp.medsec.lms.web.rest.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** Administrators manage accounts here; every change is audited. */
@Path("learners")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LearnersResource {

    @Inject
    AccountService accounts;

    @Inject
    OrganisationService organisation;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed(Capabilities.ROLE_ASSIGN)
    @Operation(summary = "Find an account by e-mail (administrators)")
    public LearnerView find(@QueryParam("email") @NotBlank(message = "{lms.validation.required}") String email) {
        return LearnerView.of(accounts.findByEmail(email).orElseThrow(() -> new NotFoundException("learner", email)));
    }

    @PUT
    @Path("{learnerId}/affiliation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Capabilities.INSTITUTION_MANAGE)
    @Operation(summary = "Place an account in an institution and optionally a department (administrators)")
    public LearnerView affiliate(@PathParam("learnerId") String learnerId, @Valid @NotNull AffiliationRequest r) {
        return LearnerView.of(organisation.assign(caller.actor(), learnerId, r.institutionId(), r.departmentId()));
    }

    @POST
    @Path("{learnerId}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Capabilities.ROLE_ASSIGN)
    @Operation(summary = "Grant a role, with its scope (administrators)")
    public LearnerView grant(@PathParam("learnerId") String learnerId, @Valid @NotNull RoleRequest r) {
        return LearnerView.of(organisation.grant(caller.actor(), learnerId, r.toGrant()));
    }

    @DELETE
    @Path("{learnerId}/roles")
    @RolesAllowed(Capabilities.ROLE_ASSIGN)
    @Operation(summary = "Revoke a role with the given scope (administrators)")
    public LearnerView revoke(@PathParam("learnerId") String learnerId, @QueryParam("role") Role role,
                              @QueryParam("institutionId") String institutionId, @QueryParam("departmentId") String departmentId,
                              @QueryParam("trackCode") String trackCode) {
        return LearnerView.of(organisation.revoke(caller.actor(), learnerId,
                new RoleRequest(role, institutionId, departmentId, trackCode).toGrant()));
    }

    public record AffiliationRequest(
            @NotBlank(message = "{lms.validation.required}") @Size(max = 36) String institutionId,
            @Size(max = 36) String departmentId) {
    }

    /** A role and its scope: institutionId (and departmentId) for INSTITUTION_MANAGER, trackCode optionally for TRAINER. */
    public record RoleRequest(@NotNull(message = "{lms.validation.required}") Role role, @Size(max = 36) String institutionId,
                              @Size(max = 36) String departmentId, @Size(max = 8) String trackCode) {

        RoleGrant toGrant() {
            if (role == null) {
                throw new InvalidInputException("role.required", "Give the role",
                        List.of(new InvalidInputException.FieldProblem("role", "lms.validation.required")));
            }
            return switch (role) {
                case INSTITUTION_MANAGER -> {
                    if (institutionId == null) {
                        throw new InvalidInputException("role.scope-required", "An institution manager needs an institution",
                                List.of(new InvalidInputException.FieldProblem("institutionId", "lms.validation.required")));
                    }
                    yield RoleGrant.managerOf(institutionId, departmentId);
                }
                case TRAINER -> trackCode == null ? RoleGrant.global(Role.TRAINER) : RoleGrant.trainerFor(trackCode);
                default -> RoleGrant.global(role);
            };
        }
    }

    public record GrantView(Role role, String institutionId, String departmentId, String trackCode) {
    }

    public record LearnerView(String id, String email, String fullName, String institutionId, String departmentId,
                              List<GrantView> grants) {

        static LearnerView of(Learner l) {
            return new LearnerView(l.id(), l.email(), l.fullName(), l.institution().map(i -> i.id()).orElse(null),
                    l.department().map(d -> d.id()).orElse(null),
                    l.grants().stream().map(g -> new GrantView(g.role(), g.institutionId().orElse(null),
                            g.departmentId().orElse(null), g.trackCode().orElse(null)))
                            .sorted(java.util.Comparator.comparing(GrantView::role)).toList());
        }
    }
}
