package jp.medsec.lms.web.rest.quiz;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jp.medsec.lms.quiz.QuizCapabilities;
import jp.medsec.lms.quiz.application.QuizRegradeService;
import jp.medsec.lms.quiz.application.QuizRegradeService.Regrade;
import jp.medsec.lms.web.rest.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Grades a quiz's finished attempts again with the latest question versions; dryRun=true lists whose grades change. */
@Path("courses/{courseId}/activities/{activityId}/quiz/regrade")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(QuizCapabilities.ATTEMPTS_MANAGE)
public class QuizRegradeResource {

    @Inject
    QuizRegradeService regrades;

    @Inject
    Caller caller;

    @POST
    @Operation(summary = "Regrade finished attempts with the latest question versions (dryRun=true changes nothing)")
    public Regrade regrade(@PathParam("courseId") String courseId, @PathParam("activityId") String activityId,
                           @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
        return regrades.regrade(caller.actor(), courseId, activityId, dryRun);
    }
}
