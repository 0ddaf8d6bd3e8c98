package jp.medsec.lms.web.rest.video;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jp.medsec.lms.activity.video.WebVtt;
import jp.medsec.lms.activity.video.media.MediaService;
import jp.medsec.lms.activity.video.media.MediaService.Playable;
import jp.medsec.lms.activity.video.media.StoredMedia;
import jp.medsec.lms.core.access.Capabilities;
import jp.medsec.lms.web.rest.Caller;
import jp.medsec.lms.web.rest.RequestLocale;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/**
 * Trainers' media library: upload a video or a WebVTT subtitle file (the body is the file itself, its name in
 * {@code ?name=}), list uploads with the ids a course's video settings name ({@code "source": {"file": id}},
 * {@code "subtitles": [{"lang": "ja", "file": id}]}), and preview one. Refusals are 400 problems
 * ({@code video.upload-refused}, {@code video.subtitles-refused}) whose violations say why, in the caller's language.
 * Video bodies are streamed to disk; {@code BodySizeLimit} leaves them to the service's own, configured limit.
 */
@Path("media")
@RequestScoped
@RolesAllowed(Capabilities.COURSE_AUTHOR)
public class MediaResource {

    @Inject
    MediaService media;

    @Inject
    Caller caller;

    @Context
    HttpHeaders headers;

    public record MediaView(String id, String kind, String displayName, long sizeBytes, String mediaType, String sha256,
                            Instant uploadedAt) {

        static MediaView of(StoredMedia m) {
            return new MediaView(m.id(), m.kind().name(), m.displayName(), m.sizeBytes(), m.mediaType(), m.sha256(), m.uploadedAt());
        }
    }

    public record LibraryView(long maxVideoBytes, int maxSubtitleBytes, List<MediaView> files) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The latest uploaded videos and subtitle files, with the upload limits")
    public LibraryView library(@QueryParam("limit") @DefaultValue("100") int limit) {
        return new LibraryView(media.maxVideoBytes(), WebVtt.MAX_BYTES,
                media.latest(caller.actor(), limit).stream().map(MediaView::of).toList());
    }

    @POST
    @Path("videos")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload a video (MP4 or WebM; the body is the file, ?name= its name); 201 with its id")
    public Response uploadVideo(InputStream body, @QueryParam("name") String name) {
        StoredMedia stored = media.uploadVideo(caller.actor(), body, headers.getLength(), name, RequestLocale.of(headers));
        return created(stored);
    }

    @POST
    @Path("subtitles")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload a WebVTT subtitle file (the body is the file, ?name= its name); 201 with its id")
    public Response uploadSubtitles(InputStream body, @QueryParam("name") String name) {
        byte[] bytes;
        try {
            // BodySizeLimit bounds this body (2 MiB); WebVtt.check refuses over 512 KiB with a clear message.
            bytes = body.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return created(media.uploadSubtitles(caller.actor(), bytes, name, RequestLocale.of(headers)));
    }

    @GET
    @Path("{fileId}")
    @Operation(summary = "An uploaded file, for its authors to preview (range requests as for learners)")
    public Response file(@PathParam("fileId") String fileId) {
        Playable file = media.file(caller.actor(), fileId);
        String type = file.media().mediaType().equals("text/vtt") ? "text/vtt; charset=utf-8" : file.media().mediaType();
        return MediaResponses.serve(file, type, headers);
    }

    private static Response created(StoredMedia stored) {
        return Response.created(UriBuilder.fromPath("/api/media/{id}").build(stored.id())).entity(MediaView.of(stored)).build();
    }
}
