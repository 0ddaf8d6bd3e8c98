package jp.medsec.lms.activity.video.media;

import jp.medsec.lms.core.application.Actor;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Uploading and finding the media files of video activities. Uploads are for course authors (trainers and
 * administrators); playing is for learners enrolled in the course, and for authors of its track (to preview).
 */
public interface MediaService {

    /** The largest video accepted, in bytes (configuration {@value MediaStorage#CONFIG_MAX_VIDEO_BYTES}). */
    long maxVideoBytes();

    /**
     * Stores a video streamed from {@code body}: written to a temporary file (never held in memory) while counting
     * and hashing, refused beyond the limit, checked by its first bytes ({@code VideoUpload.check}), then moved into
     * the media directory and recorded. {@code declaredLength} is the request's Content-Length, or -1: a declared size
     * over the limit is refused before anything is read. Audited.
     *
     * @throws UploadRefusedException with every reason, in {@code locale}
     */
    StoredMedia uploadVideo(Actor actor, InputStream body, long declaredLength, String uploadedName, Locale locale);

    /** Stores a WebVTT subtitle file after {@code WebVtt.check}. Audited. */
    StoredMedia uploadSubtitles(Actor actor, byte[] bytes, String uploadedName, Locale locale);

    /** The latest uploads first, for the author's media page. */
    List<StoredMedia> latest(Actor actor, int limit);

    /** An uploaded file for its author to preview (any course author may: files are shared between courses). */
    Playable file(Actor actor, String fileId);

    /** The stored video of a course's video activity, for a learner enrolled in it or an author of its track. */
    Playable videoOf(Actor actor, String courseId, String activityId);

    /** A subtitle track of a course's video activity, by its language, for the same people. */
    Playable subtitlesOf(Actor actor, String courseId, String activityId, String lang);

    /** A stored file and where its bytes are; the file exists and has the recorded size when this is returned. */
    record Playable(StoredMedia media, Path path) {
    }
}
