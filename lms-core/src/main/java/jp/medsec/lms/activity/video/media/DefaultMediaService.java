package jp.medsec.lms.activity.video.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jp.medsec.lms.activity.video.VideoActivityType;
import jp.medsec.lms.activity.video.VideoSettings;
import jp.medsec.lms.activity.video.VideoUpload;
import jp.medsec.lms.activity.video.WebVtt;
import jp.medsec.lms.core.access.AccessPolicy;
import jp.medsec.lms.core.application.Actor;
import jp.medsec.lms.core.domain.model.course.Activity;
import jp.medsec.lms.core.domain.model.course.Course;
import jp.medsec.lms.core.domain.model.course.CourseRepository;
import jp.medsec.lms.core.domain.model.enrolment.EnrolmentRepository;
import jp.medsec.lms.core.domain.model.learner.Learner;
import jp.medsec.lms.core.domain.model.learner.LearnerRepository;
import jp.medsec.lms.core.domain.model.learner.Role;
import jp.medsec.lms.core.domain.model.shared.AccessDeniedException;
import jp.medsec.lms.core.domain.model.shared.Ids;
import jp.medsec.lms.core.domain.model.shared.NotFoundException;
import jp.medsec.lms.spi.InvalidSettingsException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

@ApplicationScoped
@Transactional
public class DefaultMediaService implements MediaService {

    private static final Logger LOG = Logger.getLogger(DefaultMediaService.class.getName());
    private static final int MAX_LIST = 200;

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    @Inject
    MediaStorage storage;

    @Inject
    CourseRepository courses;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    LearnerRepository learners;

    @Inject
    AccessPolicy policy;

    @Inject
    MediaRecords records;

    @Inject
    Clock clock;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public long maxVideoBytes() {
        return storage.maxVideoBytes();
    }

    /** The upload is read outside any transaction (it may take minutes); only the record is written in one. */
    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public StoredMedia uploadVideo(Actor actor, InputStream body, long declaredLength, String uploadedName, Locale locale) {
        requireAuthor(actor);
        long max = storage.maxVideoBytes();
        if (declaredLength > max) {
            throw refusedVideo(List.of(new VideoUpload.Problem("video.upload.too-large", max)), locale);
        }
        Path temp = storage.newTemporaryFile();
        try {
            Received received = receive(body, temp, max);
            if (received.overLimit()) {
                throw refusedVideo(List.of(new VideoUpload.Problem("video.upload.too-large", max)), locale);
            }
            VideoUpload.Checked checked = VideoUpload.check(received.head(), received.size(), max);
            if (!checked.accepted()) {
                throw refusedVideo(checked.problems(), locale);
            }
            VideoUpload.Container container = checked.container().orElseThrow();
            String id = Ids.newId();
            String storedName = VideoUpload.storedName(id, container);
            StoredMedia media = new StoredMedia(id, MediaKind.VIDEO, storedName, VideoUpload.displayName(uploadedName),
                    received.size(), container.mediaType(), received.sha256(), actor.learnerId(), clock.instant());
            return place(actor, media, temp);
        } finally {
            deleteQuietly(temp);
        }
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public StoredMedia uploadSubtitles(Actor actor, byte[] bytes, String uploadedName, Locale locale) {
        requireAuthor(actor);
        WebVtt.Result result = WebVtt.check(bytes);
        if (!result.valid()) {
            throw new UploadRefusedException("video.subtitles-refused",
                    result.problems().stream().map(p -> p.message(locale)).toList());
        }
        Path temp = storage.newTemporaryFile();
        try {
            Files.write(temp, bytes);
            String id = Ids.newId();
            StoredMedia media = new StoredMedia(id, MediaKind.SUBTITLES, VideoUpload.storedSubtitleName(id),
                    VideoUpload.displayName(uploadedName), bytes.length, "text/vtt", sha256(bytes), actor.learnerId(),
                    clock.instant());
            return place(actor, media, temp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /**
     * Moves the checked file into place, then records it (with the audit entry) in one transaction; if recording
     * fails the moved file is removed again, so no file exists without its record for long.
     */
    private StoredMedia place(Actor actor, StoredMedia media, Path temp) {
        Path target = storage.locate(media.storedName());
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store " + target, e);
        }
        try {
            records.store(actor, media);
            return media;
        } catch (RuntimeException e) {
            deleteQuietly(target);
            throw e;
        }
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StoredMedia> latest(Actor actor, int limit) {
        requireAuthor(actor);
        return em.createNamedQuery("StoredMedia.latest", StoredMedia.class)
                .setMaxResults(Math.max(1, Math.min(limit, MAX_LIST))).getResultList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Playable file(Actor actor, String fileId) {
        requireAuthor(actor);
        return playable(find(fileId).orElseThrow(() -> new NotFoundException("media", fileId)));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Playable videoOf(Actor actor, String courseId, String activityId) {
        VideoSettings settings = settingsFor(actor, courseId, activityId);
        if (!(settings.source() instanceof VideoSettings.StoredFile file)) {
            // An external URL is played from its own server; there is nothing here.
            throw new NotFoundException("video-file", activityId);
        }
        return find(file.fileId()).filter(m -> m.kind() == MediaKind.VIDEO).map(this::playable)
                .orElseThrow(() -> missing("video-file", file.fileId()));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Playable subtitlesOf(Actor actor, String courseId, String activityId, String lang) {
        VideoSettings settings = settingsFor(actor, courseId, activityId);
        VideoSettings.Subtitle subtitle = settings.subtitles().stream().filter(s -> s.lang().equals(lang)).findFirst()
                .orElseThrow(() -> new NotFoundException("subtitles", lang));
        return find(subtitle.fileId()).filter(m -> m.kind() == MediaKind.SUBTITLES).map(this::playable)
                .orElseThrow(() -> missing("subtitles", subtitle.fileId()));
    }

    /**
     * The video activity's settings, for a learner enrolled in the (published) course or an author of its track
     * (who may preview a draft). Others: 403 when enrolling would let them in, as for the activity itself; 404 for
     * a draft.
     */
    private VideoSettings settingsFor(Actor actor, String courseId, String activityId) {
        Course course = courses.find(courseId).orElseThrow(() -> new NotFoundException("course", courseId));
        boolean author = learners.find(actor.learnerId()).map(l -> policy.mayAuthor(l, course.track().code())).orElse(false);
        if (!author) {
            if (!course.isPublished()) {
                throw new NotFoundException("course", courseId);
            }
            if (enrolments.find(actor.learnerId(), course.id()).isEmpty()) {
                throw new AccessDeniedException("enrolment.required", "Enrol in the course to open its activities");
            }
        }
        Activity activity = course.activity(activityId);
        if (!VideoActivityType.ID.equals(activity.typeId())) {
            throw new NotFoundException("activity", activityId);
        }
        try (JsonReader reader = Json.createReader(new StringReader(activity.settings()))) {
            JsonObject json = reader.readObject();
            return VideoSettings.from(json);
        } catch (InvalidSettingsException e) {
            throw new IllegalStateException("Stored video settings are invalid: " + e.getMessage(), e);
        }
    }

    private Optional<StoredMedia> find(String fileId) {
        if (fileId == null || !VideoUpload.FILE_ID.matcher(fileId).matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(StoredMedia.class, fileId));
    }

    /** The record with its file, which must be there with the recorded size (else a clear "missing" problem). */
    private Playable playable(StoredMedia media) {
        Path path = storage.locate(media.storedName());
        try {
            if (Files.isRegularFile(path) && Files.size(path) == media.sizeBytes()) {
                return new Playable(media, path);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot read " + path, e);
        }
        throw missing(media.kind() == MediaKind.VIDEO ? "video-file" : "subtitles", media.id());
    }

    private NotFoundException missing(String what, String fileId) {
        LOG.warning(() -> "A course names stored " + what + " " + fileId + ", but its file is missing or damaged in "
                + storage.root());
        return new NotFoundException(what, fileId);
    }

    private void requireAuthor(Actor actor) {
        Learner learner = learners.find(actor.learnerId()).orElseThrow(() -> new NotFoundException("learner", actor.learnerId()));
        // Media are shared by all tracks' courses: any author (a trainer of one track too) may upload and preview.
        boolean author = learner.has(Role.ADMIN) || learner.grants().stream().anyMatch(g -> g.role() == Role.TRAINER);
        if (!author) {
            throw new AccessDeniedException("media.not-author", "Only trainers and administrators manage media");
        }
    }

    private UploadRefusedException refusedVideo(List<VideoUpload.Problem> problems, Locale locale) {
        return new UploadRefusedException("video.upload-refused", problems.stream().map(p -> p.message(locale)).toList());
    }

    private record Received(byte[] head, long size, String sha256, boolean overLimit) {
    }

    /** Copies the body to {@code temp}, hashing and counting; stops reading one byte past the limit. */
    private static Received receive(InputStream body, Path temp, long max) {
        MessageDigest digest = sha256Digest();
        byte[] head = new byte[VideoUpload.SNIFF_BYTES];
        int headLength = 0;
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(temp)) {
            int n;
            while ((n = body.read(buffer)) > 0) {
                if (headLength < head.length) {
                    int take = Math.min(n, head.length - headLength);
                    System.arraycopy(buffer, 0, head, headLength, take);
                    headLength += take;
                }
                size += n;
                if (size > max) {
                    return new Received(new byte[0], size, null, true);
                }
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The upload was interrupted", e);
        }
        return new Received(Arrays.copyOf(head, headLength), size, HexFormat.of().formatHex(digest.digest()), false);
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256Digest().digest(bytes));
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete " + path, e);
        }
    }
}
