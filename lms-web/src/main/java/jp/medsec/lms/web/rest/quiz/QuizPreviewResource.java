package jp.medsec.lms.web.rest.quiz;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jp.medsec.lms.quiz.QuizCapabilities;
import jp.medsec.lms.quiz.application.QuizPreviewService;
import jp.medsec.lms.quiz.application.QuizService.AttemptView;
import jp.medsec.lms.quiz.application.QuizService.CheckedView;
import jp.medsec.lms.quiz.application.QuizService.Overview;
import jp.medsec.lms.web.rest.Caller;
import jp.medsec.lms.web.rest.RequestLocale;
import jp.medsec.lms.web.rest.quiz.QuizResource.AnswersRequest;
import jp.medsec.lms.web.rest.quiz.QuizResource.CheckRequest;
import jp.medsec.lms.web.rest.quiz.QuizResource.SavedView;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A trainer previews a quiz as a learner would, without enrolling; the same shapes as the learner's quiz API under
 * {@code …/quiz/preview}. Preview attempts live in the caller's session only and never count anywhere.
 */
@Path("courses/{courseId}/activities/{activityId}/quiz/preview")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({QuizCapabilities.RESULTS_VIEW, QuizCapabilities.BANK_MANAGE})
public class QuizPreviewResource {

    @Inject
    QuizPreviewService previews;

    @Inject
    Caller caller;

    @Context
    HttpHeaders headers;

    @PathParam("courseId")
    String courseId;

    @PathParam("activityId")
    String activityId;

    @GET
    @Operation(summary = "Preview: the quiz's rules and this session's preview attempt, if any")
    public Overview overview() {
        return previews.overview(caller.learnerId(), courseId, activityId, RequestLocale.of(headers));
    }

    @POST
    @Path("attempts")
    @Operation(summary = "Preview: resume this session's preview or draw a new one (never stored, never counted)")
    public AttemptView start() {
        return previews.start(caller.learnerId(), courseId, activityId, RequestLocale.of(headers));
    }

    @GET
    @Path("attempts/{attemptId}")
    @Operation(summary = "Preview: the attempt as a learner sees it while answering, everything once submitted")
    public AttemptView attempt(@PathParam("attemptId") String attemptId) {
        return previews.attempt(caller.learnerId(), courseId, activityId, attemptId, RequestLocale.of(headers));
    }

    @PUT
    @Path("attempts/{attemptId}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Preview: autosave; 409 when the page is older than the saved answers")
    public SavedView save(@PathParam("attemptId") String attemptId, @Valid @NotNull AnswersRequest r) {
        return new SavedView(previews.saveAnswers(caller.learnerId(), courseId, activityId, attemptId, r.revision(), r.answers(),
                RequestLocale.of(headers)));
    }

    @POST
    @Path("attempts/{attemptId}/check")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Preview: immediate feedback on one question, as for a learner")
    public CheckedView check(@PathParam("attemptId") String attemptId, @Valid @NotNull CheckRequest r) {
        return previews.check(caller.learnerId(), courseId, activityId, attemptId, r.revision(), r.slot(), r.response(),
                RequestLocale.of(headers));
    }

    @POST
    @Path("attempts/{attemptId}/submit")
    @Operation(summary = "Preview: grade and close; the full review follows")
    public AttemptView submit(@PathParam("attemptId") String attemptId) {
        return previews.submit(caller.learnerId(), courseId, activityId, attemptId, RequestLocale.of(headers));
    }
}
