package jp.medsec.lms.web.rest.live;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jp.medsec.lms.activity.live.application.LiveSessionService;
import jp.medsec.lms.core.domain.model.shared.NotFoundException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A learner's subscribed calendar, for calendar apps, which cannot log in: the secret in the address is the
 * credential. Unknown or renewed-away secrets answer 404. {@code Cache-Control: private} keeps shared caches from
 * keeping a copy.
 */
@Path("calendar")
@RequestScoped
@PermitAll
public class CalendarFeedResource {

    @Inject
    LiveSessionService live;

    @Inject
    CalendarFiles files;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @GET
    @Path("{token}.ics")
    @Produces(CalendarFiles.MEDIA_TYPE)
    @Operation(summary = "A learner's live-session calendar feed, by the secret in its address (no login)")
    public byte[] feed(@PathParam("token") String token) {
        String learnerId = live.feedOwner(token).orElseThrow(() -> new NotFoundException("live.calendar", "feed"));
        response.setHeader("Cache-Control", "private, max-age=300");
        return files.of(learnerId, request);
    }
}
