package jp.medsec.lms.web.rest.live;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.medsec.lms.activity.live.application.LiveSessionService;
import jp.medsec.lms.core.access.Capabilities;
import jp.medsec.lms.web.rest.Caller;
import jp.medsec.lms.web.rest.live.LiveViews.FeedView;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The caller's live-session places as a calendar: a one-off {@code .ics} download, and a feed address for calendar
 * apps to subscribe to. The feed's secret is shown once, when made; renewing it cuts off the old address.
 */
@Path("me/calendar")
@RequestScoped
@RolesAllowed(Capabilities.COURSE_ENROL)
public class MyCalendarResource {

    @Inject
    LiveSessionService live;

    @Inject
    CalendarFiles files;

    @Inject
    Caller caller;

    @Context
    HttpServletRequest request;

    @GET
    @Produces(CalendarFiles.MEDIA_TYPE)
    @Operation(summary = "The caller's live-session places as an iCalendar file (Asia/Tokyo times)")
    public Response download() {
        return Response.ok(files.of(caller.learnerId(), request))
                .header("Content-Disposition", "attachment; filename=\"live-sessions.ics\"").build();
    }

    @GET
    @Path("feed")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Whether the caller has a calendar feed, and since when (the address is not shown again)")
    public FeedView feed() {
        return live.feedIssuedAt(caller.learnerId()).map(at -> new FeedView(true, at, null))
                .orElse(new FeedView(false, null, null));
    }

    @POST
    @Path("feed")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make or renew the caller's feed address (shown this once; the old address stops working)")
    public FeedView renew() {
        String learnerId = caller.learnerId();
        String token = live.renewFeed(learnerId);
        return new FeedView(true, live.feedIssuedAt(learnerId).orElse(null), files.feedUrl(request, token).toString());
    }

    @DELETE
    @Path("feed")
    @Operation(summary = "Turn the caller's feed off")
    public Response revoke() {
        live.revokeFeed(caller.learnerId());
        return Response.noContent().build();
    }
}
