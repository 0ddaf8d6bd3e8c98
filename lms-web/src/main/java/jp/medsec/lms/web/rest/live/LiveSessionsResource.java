package jp.medsec.lms.web.rest.live;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.medsec.lms.activity.live.LiveSessionCapabilities;
import jp.medsec.lms.activity.live.application.LiveSessionService;
import jp.medsec.lms.activity.live.application.LiveSessionService.SessionInput;
import jp.medsec.lms.core.access.Capabilities;
import jp.medsec.lms.web.rest.Caller;
import jp.medsec.lms.web.rest.RequestLocale;
import jp.medsec.lms.web.rest.live.LiveViews.AdminSessionView;
import jp.medsec.lms.web.rest.live.LiveViews.AttendanceImportView;
import jp.medsec.lms.web.rest.live.LiveViews.JoinView;
import jp.medsec.lms.web.rest.live.LiveViews.LearnerSessionView;
import jp.medsec.lms.web.rest.live.LiveViews.OverviewView;
import jp.medsec.lms.web.rest.live.LiveViews.RegistrationView;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Instant;
import java.util.List;

/**
 * The sessions of a course's live-session activity. Learners (enrolled in the course) list them, apply, cancel and
 * join; institution managers apply and cancel for their staff; administrators and trainers of the course's track
 * schedule and run them and record attendance. Anything outside the caller's scope answers 404.
 */
@Path("courses/{courseId}/activities/{activityId}/live")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LiveSessionsResource {

    @Inject
    LiveSessionService live;

    @Inject
    Caller caller;

    @Context
    HttpHeaders headers;

    @PathParam("courseId")
    String courseId;

    @PathParam("activityId")
    String activityId;

    public record StaffRequest(@NotBlank(message = "{lms.validation.required}") String learnerId) {
    }

    public record ReasonRequest(@NotBlank(message = "{lms.validation.required}") String reason) {
    }

    public record AttendanceRequest(@NotNull(message = "{lms.validation.required}") Integer minutes,
                                    @NotBlank(message = "{lms.validation.required}") String reason) {
    }

    /** Times as instants (ISO-8601 with an offset, e.g. 2026-12-01T14:00:00+09:00); a blank link means none yet. */
    public record SessionRequest(@NotNull(message = "{lms.validation.required}") Instant start,
                                 @NotNull(message = "{lms.validation.required}") Instant end,
                                 @NotNull(message = "{lms.validation.required}") Instant applicationsOpen,
                                 @NotNull(message = "{lms.validation.required}") Instant applicationsClose,
                                 @NotNull(message = "{lms.validation.required}") Integer capacity,
                                 Integer linkLeadMinutes, String meetingUrl) {

        SessionInput input() {
            return new SessionInput(start, end, applicationsOpen, applicationsClose, capacity, linkLeadMinutes, meetingUrl);
        }
    }

    // ---- learners -------------------------------------------------------------------------------------------------

    @GET
    @RolesAllowed(Capabilities.COURSE_ENROL)
    @Operation(summary = "The activity's sessions in Japan time, the caller's status and waitlist position, places left,"
            + " the meeting link when visible, and the completion so far")
    public OverviewView overview() {
        return OverviewView.of(live.overview(caller.learnerId(), courseId, activityId, RequestLocale.of(headers)));
    }

    @POST
    @Path("sessions/{sessionId}/application")
    @RolesAllowed(Capabilities.COURSE_ENROL)
    @Operation(summary = "Apply for a place (registered, or waitlisted when the session is full)")
    public LearnerSessionView apply(@PathParam("sessionId") String sessionId) {
        String me = caller.learnerId();
        return LearnerSessionView.of(live.apply(caller.actor(), courseId, activityId, sessionId, me));
    }

    @DELETE
    @Path("sessions/{sessionId}/application")
    @RolesAllowed(Capabilities.COURSE_ENROL)
    @Operation(summary = "Cancel one's place or wait (until the start); the first on the waitlist gets the place")
    public LearnerSessionView cancel(@PathParam("sessionId") String sessionId) {
        String me = caller.learnerId();
        return LearnerSessionView.of(live.cancel(caller.actor(), courseId, activityId, sessionId, me));
    }

    @POST
    @Path("sessions/{sessionId}/join")
    @RolesAllowed(Capabilities.COURSE_ENROL)
    @Operation(summary = "The meeting link for a registered learner near the start; records that they joined")
    public JoinView join(@PathParam("sessionId") String sessionId) {
        return new JoinView(live.join(caller.learnerId(), courseId, activityId, sessionId));
    }

    // ---- institution managers -------------------------------------------------------------------------------------

    @POST
    @Path("sessions/{sessionId}/registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Capabilities.STAFF_MANAGE)
    @Operation(summary = "Apply for a member of one's staff (404 for anyone outside one's institution or department)")
    public LearnerSessionView applyForStaff(@PathParam("sessionId") String sessionId, @Valid @NotNull StaffRequest r) {
        return LearnerSessionView.of(live.apply(caller.actor(), courseId, activityId, sessionId, r.learnerId()));
    }

    @DELETE
    @Path("sessions/{sessionId}/registrations/{learnerId}")
    @RolesAllowed(Capabilities.STAFF_MANAGE)
    @Operation(summary = "Cancel a staff member's place or wait")
    public LearnerSessionView cancelForStaff(@PathParam("sessionId") String sessionId, @PathParam("learnerId") String learnerId) {
        return LearnerSessionView.of(live.cancel(caller.actor(), courseId, activityId, sessionId, learnerId));
    }

    @GET
    @Path("sessions/{sessionId}/registrations")
    @RolesAllowed({LiveSessionCapabilities.SESSIONS_MANAGE, Capabilities.STAFF_VIEW})
    @Operation(summary = "Registrations and waitlist with attendance (a manager sees their own staff only)")
    public List<RegistrationView> registrations(@PathParam("sessionId") String sessionId) {
        return live.registrations(caller.actor(), courseId, activityId, sessionId).stream().map(RegistrationView::of).toList();
    }

    // ---- administrators and trainers ------------------------------------------------------------------------------

    @GET
    @Path("sessions")
    @RolesAllowed({LiveSessionCapabilities.SESSIONS_MANAGE, Capabilities.STAFF_MANAGE})
    @Operation(summary = "All sessions of the activity with counts; meeting links only for those who run them")
    public List<AdminSessionView> sessions() {
        return live.sessions(caller.actor(), courseId, activityId).stream().map(AdminSessionView::of).toList();
    }

    @POST
    @Path("sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(LiveSessionCapabilities.SESSIONS_MANAGE)
    @Operation(summary = "Schedule a session")
    public Response create(@Valid @NotNull SessionRequest r) {
        AdminSessionView created = AdminSessionView.of(live.create(caller.actor(), courseId, activityId, r.input()));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @PUT
    @Path("sessions/{sessionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(LiveSessionCapabilities.SESSIONS_MANAGE)
    @Operation(summary = "Change a scheduled session; more places promote from the waitlist; fewer than taken is refused")
    public AdminSessionView edit(@PathParam("sessionId") String sessionId, @Valid @NotNull SessionRequest r) {
        return AdminSessionView.of(live.edit(caller.actor(), courseId, activityId, sessionId, r.input()));
    }

    @POST
    @Path("sessions/{sessionId}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(LiveSessionCapabilities.SESSIONS_MANAGE)
    @Operation(summary = "Cancel the session (with a reason); everyone registered or waiting is told")
    public AdminSessionView cancelSession(@PathParam("sessionId") String sessionId, @Valid @NotNull ReasonRequest r) {
        return AdminSessionView.of(live.cancelSession(caller.actor(), courseId, activityId, sessionId, r.reason()));
    }

    @POST
    @Path("sessions/{sessionId}/held")
    @RolesAllowed(LiveSessionCapabilities.SESSIONS_MANAGE)
    @Operation(summary = "Mark the session as held (not before its start)")
    public AdminSessionView markHeld(@PathParam("sessionId") String sessionId) {
        return AdminSessionView.of(live.markHeld(caller.actor(), courseId, activityId, sessionId));
    }

    @POST
    @Path("sessions/{sessionId}/recording-available")
    @RolesAllowed(LiveSessionCapabilities.SESSIONS_MANAGE)
    @Operation(summary = "Tell the registered learners of a held session that its recording can be watched (once)")
    public AdminSessionView announceRecording(@PathParam("sessionId") String sessionId) {
        return AdminSessionView.of(live.announceRecording(caller.actor(), courseId, activityId, sessionId));
    }

    @POST
    @Path("sessions/{sessionId}/attendance")
    @Consumes({"text/csv", "text/tab-separated-values", "text/plain", MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed(LiveSessionCapabilities.SESSIONS_MANAGE)
    @Operation(summary = "Import the meeting tool's participant report (Zoom, Teams; CSV or TSV): dryRun=true shows the"
            + " matches by e-mail, unmatched rows and problems; without it the matched minutes are recorded")
    public AttendanceImportView importAttendance(@PathParam("sessionId") String sessionId,
                                                 @QueryParam("dryRun") @DefaultValue("false") boolean dryRun, byte[] report) {
        return AttendanceImportView.of(live.importAttendance(caller.actor(), courseId, activityId, sessionId,
                report == null ? new byte[0] : report, dryRun), RequestLocale.of(headers));
    }

    @PUT
    @Path("sessions/{sessionId}/registrations/{learnerId}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(LiveSessionCapabilities.SESSIONS_MANAGE)
    @Operation(summary = "Correct a registered learner's minutes, with a reason (audited); it replaces the import")
    public RegistrationView editAttendance(@PathParam("sessionId") String sessionId, @PathParam("learnerId") String learnerId,
                                           @Valid @NotNull AttendanceRequest r) {
        return RegistrationView.of(live.editAttendance(caller.actor(), courseId, activityId, sessionId, learnerId,
                r.minutes(), r.reason()));
    }
}
