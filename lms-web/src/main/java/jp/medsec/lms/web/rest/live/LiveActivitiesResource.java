package jp.medsec.lms.web.rest.live;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.medsec.lms.activity.live.LiveSessionCapabilities;
import jp.medsec.lms.activity.live.application.LiveSessionService;
import jp.medsec.lms.core.access.Capabilities;
import jp.medsec.lms.web.rest.Caller;
import jp.medsec.lms.web.rest.live.LiveViews.ActivityRefView;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** The live-session activities the caller runs sessions for, or applies for staff in: the sessions page's choice. */
@Path("live/activities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LiveActivitiesResource {

    @Inject
    LiveSessionService live;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({LiveSessionCapabilities.SESSIONS_MANAGE, Capabilities.STAFF_MANAGE})
    @Operation(summary = "Live-session activities the caller runs (own tracks) or, as a manager, applies for staff in")
    public List<ActivityRefView> activities() {
        return live.manageableActivities(caller.actor()).stream().map(ActivityRefView::of).toList();
    }
}
