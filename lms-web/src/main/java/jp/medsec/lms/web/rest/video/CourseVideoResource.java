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
import jp.medsec.lms.activity.video.VideoActivityType;
import jp.medsec.lms.activity.video.media.MediaService;
import jp.medsec.lms.activity.video.media.MediaService.Playable;
import jp.medsec.lms.core.access.Capabilities;
import jp.medsec.lms.web.rest.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The video a video activity's player loads, at the address the activity type gives it ({@value
 * VideoActivityType#VIDEO_PATH}; subtitles: {@link CourseSubtitlesResource}): for learners enrolled in the course
 * (others 403, as for the activity), and for authors of its track, who may preview. A stored file that is missing
 * answers a 404 problem ({@code video-file.not-found}), which the player shows as a clear message.
 * <p>
 * The class's path ends in {@code /video}: a shorter one would also match {@code .../events} and hide
 * {@code CoursesResource}'s methods (JAX-RS picks the most specific class first).
 */
@Path("courses/{courseId}/activities/{activityId}/" + VideoActivityType.VIDEO_PATH)
@RequestScoped
@RolesAllowed({Capabilities.COURSE_ENROL, Capabilities.COURSE_AUTHOR})
public class CourseVideoResource {

    @Inject
    MediaService media;

    @Inject
    Caller caller;

    @Context
    HttpHeaders headers;

    @GET
    @Produces({"video/mp4", "video/webm", "application/problem+json"})
    @Operation(summary = "The video activity's uploaded video, with range requests (200, 206, 416)")
    public Response video(@PathParam("courseId") String courseId, @PathParam("activityId") String activityId) {
        Playable file = media.videoOf(caller.actor(), courseId, activityId);
        return MediaResponses.serve(file, file.media().mediaType(), headers);
    }
}
