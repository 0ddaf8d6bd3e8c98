package jp.medsec.lms.activity.video.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.medsec.lms.activity.video.VideoUpload;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where uploaded media live and how large a video may be, from MicroProfile Config:
 * <ul>
 *   <li>{@value #CONFIG_DIR} ({@code LMS_MEDIA_DIR}): the directory, outside the web application (files are served
 *       only through the API, after an access check). Default: {@code media} in the server's working directory
 *       (Liberty's server output directory); {@code mvn liberty:run} uses {@code data/media} beside the Derby
 *       database, the test server one under {@code target/}.</li>
 *   <li>{@value #CONFIG_MAX_VIDEO_BYTES} ({@code LMS_MEDIA_MAX_VIDEO_BYTES}): the largest video accepted, default
 *       {@link VideoUpload#DEFAULT_MAX_BYTES} (2 GiB).</li>
 * </ul>
 * Uploads are first written to {@code tmp/} inside the directory, so moving a checked upload into place is a rename
 * on the same file system, and a half-written file is never served.
 */
@ApplicationScoped
public class MediaStorage {

    public static final String CONFIG_DIR = "lms.media.dir";
    public static final String CONFIG_MAX_VIDEO_BYTES = "lms.media.max-video-bytes";

    @Inject
    @ConfigProperty(name = CONFIG_DIR, defaultValue = "media")
    String directory;

    @Inject
    @ConfigProperty(name = CONFIG_MAX_VIDEO_BYTES, defaultValue = "" + VideoUpload.DEFAULT_MAX_BYTES)
    long maxVideoBytes;

    protected MediaStorage() {
    }

    /** For tests outside a container. */
    public MediaStorage(Path directory, long maxVideoBytes) {
        this.directory = directory.toString();
        this.maxVideoBytes = maxVideoBytes;
    }

    public Path root() {
        return Path.of(directory).toAbsolutePath().normalize();
    }

    public long maxVideoBytes() {
        return maxVideoBytes;
    }

    /** Where a stored file is (whether or not it exists); refuses names that could leave the directory. */
    public Path locate(String storedName) {
        return VideoUpload.locate(root(), storedName);
    }

    /** A new, empty temporary file for an upload in progress. */
    public Path newTemporaryFile() {
        try {
            Path tmp = Files.createDirectories(root().resolve("tmp"));
            return Files.createTempFile(tmp, "upload-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException("The media directory " + root() + " is not writable", e);
        }
    }
}
