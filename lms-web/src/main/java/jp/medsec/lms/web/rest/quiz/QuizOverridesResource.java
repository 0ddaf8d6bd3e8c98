package jp.medsec.lms.web.rest.quiz;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.medsec.lms.quiz.QuizCapabilities;
import jp.medsec.lms.quiz.application.QuizOverrideService;
import jp.medsec.lms.quiz.application.QuizOverrideService.OverrideView;
import jp.medsec.lms.quiz.domain.model.override.QuizOverride;
import jp.medsec.lms.web.rest.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Instant;
import java.util.List;

/**
 * Different dates, time limit or attempts for one learner (by e-mail) or one institution's staff, with a reason;
 * for trainers of the course's track and administrators. A learner's own override wins over their institution's.
 */
@Path("courses/{courseId}/activities/{activityId}/quiz/overrides")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(QuizCapabilities.ATTEMPTS_MANAGE)
public class QuizOverridesResource {

    @Inject
    QuizOverrideService overrides;

    @Inject
    Caller caller;

    @PathParam("courseId")
    String courseId;

    @PathParam("activityId")
    String activityId;

    /** Exactly one of learnerEmail and institutionId; rules left out keep the quiz's own. */
    public record OverrideRequest(String learnerEmail, String institutionId, Instant opensAt, Instant closesAt,
                                  Integer timeLimitMinutes, Integer attempts, String reason) {
    }

    @GET
    @Operation(summary = "The quiz's overrides for learners and institutions")
    public List<OverrideView> list() {
        return overrides.list(caller.actor(), courseId, activityId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace the override of a learner or an institution (reason required; audited)")
    public OverrideView save(@NotNull OverrideRequest r) {
        return overrides.save(caller.actor(), courseId, activityId, r.learnerEmail(), r.institutionId(),
                new QuizOverride.Rules(r.opensAt(), r.closesAt(), r.timeLimitMinutes(), r.attempts()), r.reason());
    }

    @DELETE
    @Path("{overrideId}")
    @Operation(summary = "Remove an override (audited); the quiz's own rules apply again")
    public Response delete(@PathParam("overrideId") String overrideId) {
        overrides.delete(caller.actor(), courseId, activityId, overrideId);
        return Response.noContent().build();
    }
}
