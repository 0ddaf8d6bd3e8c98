package jp.medsec.lms.web.rest.video;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jp.medsec.lms.activity.video.media.MediaService;
import jp.medsec.lms.activity.video.media.MediaService.Playable;
import jp.medsec.lms.core.access.Capabilities;
import jp.medsec.lms.web.rest.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A video activity's WebVTT subtitle tracks ({@code VideoActivityType.SUBTITLES_PATH}{@code {lang}}), for the same
 * people as {@link CourseVideoResource}.
 */
@Path("courses/{courseId}/activities/{activityId}/subtitles")
@RequestScoped
@RolesAllowed({Capabilities.COURSE_ENROL, Capabilities.COURSE_AUTHOR})
public class CourseSubtitlesResource {

    @Inject
    MediaService media;

    @Inject
    Caller caller;

    @Context
    HttpHeaders headers;

    @GET
    @Path("{lang}")
    @Produces({"text/vtt", "application/problem+json"})
    @Operation(summary = "A WebVTT subtitle track of the video activity, by language")
    public Response subtitles(@PathParam("courseId") String courseId, @PathParam("activityId") String activityId,
                              @PathParam("lang") String lang) {
        Playable file = media.subtitlesOf(caller.actor(), courseId, activityId, lang);
        return MediaResponses.serve(file, "text/vtt; charset=utf-8", headers);
    }
}
