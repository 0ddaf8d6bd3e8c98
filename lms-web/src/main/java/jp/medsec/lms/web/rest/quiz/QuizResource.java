package jp.medsec.lms.web.rest.quiz;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
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
import jp.medsec.lms.core.access.Capabilities;
import jp.medsec.lms.core.application.EnrolmentService;
import jp.medsec.lms.core.application.EnrolmentService.OpenedActivity;
import jp.medsec.lms.core.domain.model.shared.NotFoundException;
import jp.medsec.lms.quiz.activity.QuizActivityType;
import jp.medsec.lms.quiz.application.QuizService;
import jp.medsec.lms.quiz.application.QuizService.AttemptView;
import jp.medsec.lms.quiz.application.QuizService.CheckedView;
import jp.medsec.lms.quiz.application.QuizService.Overview;
import jp.medsec.lms.quiz.application.QuizService.QuizContext;
import jp.medsec.lms.web.rest.Caller;
import jp.medsec.lms.web.rest.RequestLocale;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.StringReader;
import java.util.Locale;

@Path("courses/{courseId}/activities/{activityId}/quiz")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Capabilities.COURSE_ENROL)
public class QuizResource {

    @Inject
    EnrolmentService enrolments;

    @Inject
    QuizService quizzes;

    @Inject
    Caller caller;

    @Context
    HttpHeaders headers;

    @PathParam("courseId")
    String courseId;

    @PathParam("activityId")
    String activityId;

    /** Answers as the page sends them: the revision it last saw, and a map from slot number to response. */
    public record AnswersRequest(@NotNull(message = "{lms.validation.required}") Integer revision,
                                 @NotNull(message = "{lms.validation.required}") JsonObject answers) {
    }

    public record SavedView(int revision) {
    }

    /** Immediate feedback: the question to check, the answer given, and the revision the page last saw. */
    public record CheckRequest(@NotNull(message = "{lms.validation.required}") Integer revision,
                               @NotNull(message = "{lms.validation.required}") Integer slot,
                               @NotNull(message = "{lms.validation.required}") JsonObject response) {
    }

    @GET
    @Operation(summary = "The quiz's rules, the caller's attempts and whether a new attempt can start")
    public Overview overview() {
        return quizzes.overview(context());
    }

    @POST
    @Path("attempts")
    @Operation(summary = "Resume the attempt in progress or start a new one (409 when none is allowed)")
    public AttemptView start() {
        return quizzes.start(context());
    }

    @GET
    @Path("attempts/{attemptId}")
    @Operation(summary = "One of the caller's attempts: questions and saved answers, or the review the settings allow")
    public AttemptView attempt(@PathParam("attemptId") String attemptId) {
        return quizzes.attempt(context(), attemptId);
    }

    @PUT
    @Path("attempts/{attemptId}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Autosave: replace the saved answers; 409 when the page is older than the saved answers")
    public SavedView save(@PathParam("attemptId") String attemptId, @Valid @NotNull AnswersRequest r) {
        return new SavedView(quizzes.saveAnswers(context(), attemptId, r.revision(), r.answers()));
    }

    @POST
    @Path("attempts/{attemptId}/check")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Immediate feedback: grade one question and lock its answer; 409 when the page is stale, the"
            + " question was checked already or the quiz gives feedback only after submitting")
    public CheckedView check(@PathParam("attemptId") String attemptId, @Valid @NotNull CheckRequest r) {
        return quizzes.check(context(), attemptId, r.revision(), r.slot(), r.response());
    }

    @POST
    @Path("attempts/{attemptId}/submit")
    @Operation(summary = "Submit the attempt for grading; submitting again returns the same result")
    public AttemptView submit(@PathParam("attemptId") String attemptId) {
        // The context is read inside the submission's transaction: one transaction per submission.
        return quizzes.submit(this::context, attemptId);
    }

    /** The caller must be enrolled, and the activity must be a quiz of this course. */
    private QuizContext context() {
        Locale locale = RequestLocale.of(headers);
        String learnerId = caller.learnerId();
        OpenedActivity opened = enrolments.open(learnerId, courseId, activityId, locale);
        if (!QuizActivityType.ID.equals(opened.activity().typeId())) {
            throw new NotFoundException("quiz", activityId);
        }
        JsonObject settings;
        try (var reader = Json.createReader(new StringReader(opened.activity().settings()))) {
            settings = reader.readObject();
        }
        return new QuizContext(learnerId, opened.activity().module().course().id(), opened.activity().id(), settings, locale,
                opened.round());
    }
}
