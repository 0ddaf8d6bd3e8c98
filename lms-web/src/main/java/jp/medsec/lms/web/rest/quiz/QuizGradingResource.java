package jp.medsec.lms.web.rest.quiz;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.medsec.lms.quiz.QuizCapabilities;
import jp.medsec.lms.quiz.application.QuizGradingService;
import jp.medsec.lms.quiz.application.QuizGradingService.AttemptToGrade;
import jp.medsec.lms.web.rest.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/**
 * Grading essays: the submitted attempts of a quiz that wait for a grader, and a mark with a comment for one of
 * their questions; for trainers of the course's track and administrators.
 */
@Path("courses/{courseId}/activities/{activityId}/quiz/grading")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(QuizCapabilities.ATTEMPTS_MANAGE)
public class QuizGradingResource {

    @Inject
    QuizGradingService grading;

    @Inject
    Caller caller;

    @PathParam("courseId")
    String courseId;

    @PathParam("activityId")
    String activityId;

    /** The attempt's version the page showed (a grade on an older state is refused), the mark and a comment. */
    public record GradeRequest(@NotNull(message = "{lms.validation.required}") Long version,
                               @NotNull(message = "{lms.validation.required}") Double mark, String comment) {
    }

    @GET
    @Operation(summary = "Submitted attempts with an answer (an essay) waiting for a grader, oldest first; with"
            + " graded=true those whose essays are all graded, newest first, to correct a grade")
    public List<AttemptToGrade> list(@QueryParam("graded") boolean graded) {
        return graded ? grading.graded(caller.actor(), courseId, activityId) : grading.pending(caller.actor(), courseId, activityId);
    }

    @PUT
    @Path("{attemptId}/slots/{slot}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark (0 to the question's mark) and comment for one hand-graded answer; 409 when the attempt"
            + " changed since the page read it (audited)")
    public AttemptToGrade grade(@PathParam("attemptId") String attemptId, @PathParam("slot") int slot,
                                @Valid @NotNull GradeRequest r) {
        return grading.grade(caller.actor(), courseId, activityId, attemptId, slot, r.version(), r.mark(), r.comment());
    }
}
