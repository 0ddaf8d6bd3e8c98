package jp.medsec.lms.web.rest.courses;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.medsec.lms.core.application.CatalogService;
import jp.medsec.lms.core.application.EnrolmentService;
import jp.medsec.lms.core.application.EnrolmentService.Enrolled;
import jp.medsec.lms.core.application.EnrolmentService.EventOutcome;
import jp.medsec.lms.core.application.EnrolmentService.OpenedActivity;
import jp.medsec.lms.core.domain.model.course.Activity;
import jp.medsec.lms.core.access.Capabilities;
import jp.medsec.lms.web.rest.Caller;
import jp.medsec.lms.web.rest.RequestLocale;
import jp.medsec.lms.web.rest.TextView;
import jp.medsec.lms.web.rest.courses.CourseViews.ActivityView;
import jp.medsec.lms.web.rest.courses.CourseViews.ContentView;
import jp.medsec.lms.web.rest.courses.CourseViews.CourseView;
import jp.medsec.lms.web.rest.courses.CourseViews.EventOutcomeView;
import jp.medsec.lms.web.rest.courses.CourseViews.ProgressView;
import jp.medsec.lms.web.rest.problem.PersistenceConflictMapper;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The outline of a published course is public. Enrolment, progress, activity content and events need a
 * logged-in learner and always concern that learner only: no endpoint takes a learner id.
 */
@Path("courses/{courseId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CoursesResource {

    @Inject
    CatalogService catalog;

    @Inject
    EnrolmentService enrolments;

    @Inject
    Caller caller;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "A published course with its modules and activities")
    public CourseView course(@PathParam("courseId") String courseId) {
        return CourseView.of(catalog.publishedCourse(courseId));
    }

    @GET
    @Path("progress")
    @RolesAllowed(Capabilities.COURSE_ENROL)
    @Operation(summary = "The caller's progress in the course, with its rounds (enrolled=false if not enrolled)")
    public ProgressView progress(@PathParam("courseId") String courseId) {
        return enrolments.standing(caller.learnerId(), courseId).map(ProgressView::of).orElse(ProgressView.notEnrolled());
    }

    @POST
    @Path("enrolment/rounds")
    @RolesAllowed(Capabilities.COURSE_ENROL)
    @Operation(summary = "Re-take the course for a new fiscal year: the finished round is kept and a new one starts"
            + " (409 enrolment.round-not-over unless the course was complete in an earlier fiscal year)")
    public ProgressView startNewRound(@PathParam("courseId") String courseId) {
        enrolments.startNewRound(caller.learnerId(), courseId);
        return progress(courseId);
    }

    @POST
    @Path("enrolment")
    @RolesAllowed(Capabilities.COURSE_ENROL)
    @Operation(summary = "Enrol the caller (201), or confirm an existing enrolment (200)")
    public Response enrol(@PathParam("courseId") String courseId) {
        Enrolled enrolled;
        try {
            enrolled = enrolments.enrol(caller.learnerId(), courseId);
        } catch (PersistenceException e) {
            if (!PersistenceConflictMapper.isConflict(e)) {
                throw e;
            }
            // A second click enrolled this learner at the same moment and won the unique constraint: the
            // learner is enrolled, which is what they asked for.
            enrolled = new Enrolled(enrolments.progress(caller.learnerId(), courseId).orElseThrow(() -> e), false);
        }
        return Response.status(enrolled.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(ProgressView.of(enrolled.progress())).build();
    }

    @GET
    @Path("activities/{activityId}")
    @RolesAllowed(Capabilities.COURSE_ENROL)
    @Operation(summary = "An activity's content for the enrolled caller")
    public ActivityView activity(@PathParam("courseId") String courseId, @PathParam("activityId") String activityId) {
        OpenedActivity opened = enrolments.open(caller.learnerId(), courseId, activityId, RequestLocale.of(headers));
        Activity a = opened.activity();
        return new ActivityView(a.id(), a.typeId(), TextView.of(a.title()), a.required(), a.minutes(),
                new ContentView(opened.content().html(), opened.content().data()), opened.completed());
    }

    @POST
    @Path("activities/{activityId}/events")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Capabilities.COURSE_ENROL)
    @Operation(summary = "Record an event (e.g. viewed, marked-done); the activity's plugin decides completion")
    public EventOutcomeView event(@PathParam("courseId") String courseId, @PathParam("activityId") String activityId,
                                  @Valid @NotNull EventRequest event) {
        EventOutcome outcome = enrolments.record(caller.learnerId(), courseId, activityId, event.type(),
                event.payload() == null ? JsonValue.EMPTY_JSON_OBJECT : event.payload(), RequestLocale.of(headers));
        return new EventOutcomeView(outcome.completed(), outcome.reason(), ProgressView.of(outcome.progress()));
    }
}
