package jp.medsec.lms.web.rest.quiz;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.medsec.lms.quiz.QuizCapabilities;
import jp.medsec.lms.quiz.application.QuizSettingsService;
import jp.medsec.lms.quiz.application.QuizSettingsService.Current;
import jp.medsec.lms.web.rest.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Trainers build a quiz from the bank: its settings (docs/quiz-engine.md, "Taking a quiz") as stored, and a change based
 * on the revision they read (409 quiz.settings-stale if someone saved meanwhile; 400 with every problem).
 */
@Path("courses/{courseId}/activities/{activityId}/quiz/settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(QuizCapabilities.BANK_MANAGE)
public class QuizSettingsResource {

    @Inject
    QuizSettingsService settings;

    @Inject
    Caller caller;

    @PathParam("courseId")
    String courseId;

    @PathParam("activityId")
    String activityId;

    @GET
    @Operation(summary = "The quiz's settings and their revision (trainers of the track)")
    public Current current() {
        return settings.current(caller.learnerId(), courseId, activityId);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the quiz's settings, based on the revision read; audited")
    public Current change(@Valid @NotNull SettingsChange change) {
        return settings.change(caller.actor(), courseId, activityId, change.basedOnRevision(), change.settings());
    }

    public record SettingsChange(@NotBlank(message = "{lms.validation.required}") String basedOnRevision,
                                 @NotNull(message = "{lms.validation.required}") JsonObject settings) {
    }
}
