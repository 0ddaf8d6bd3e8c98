package jp.medsec.lms.activity.video.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jp.medsec.lms.activity.video.VideoUpload;

import java.time.Instant;
import java.util.Objects;

/**
 * A file a trainer uploaded for video activities: a video (MP4 or WebM) or a WebVTT subtitle track. The id is what a
 * course's settings name ({@code "source": {"file": id}}); the bytes are in the media directory under
 * {@link #storedName()}, which the server made from the id and the detected type, never from the uploader's name.
 * Records are never changed: a corrected video is a new upload with a new id.
 */
@Entity
@Table(name = "lms_stored_media", indexes = @Index(name = "ix_stored_media_uploaded", columnList = "uploaded_at"))
@NamedQuery(name = "StoredMedia.latest", query = "SELECT m FROM StoredMedia m ORDER BY m.uploadedAt DESC, m.id")
public class StoredMedia {

    @Id
    @Column(length = 64)
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MediaKind kind;

    @Column(name = "stored_name", nullable = false, length = 80, unique = true)
    private String storedName;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "media_type", nullable = false, length = 60)
    private String mediaType;

    /** Hex SHA-256 of the bytes: the ETag when serving, and proof of which file a course used. */
    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, length = 36)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected StoredMedia() {
    }

    public StoredMedia(String id, MediaKind kind, String storedName, String displayName, long sizeBytes, String mediaType,
                       String sha256, String uploadedBy, Instant uploadedAt) {
        if (id == null || !VideoUpload.FILE_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Not a stored file id: " + id);
        }
        this.id = id;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.storedName = Objects.requireNonNull(storedName, "storedName");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("A size cannot be negative: " + sizeBytes);
        }
        this.sizeBytes = sizeBytes;
        this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
        this.uploadedAt = Objects.requireNonNull(uploadedAt, "uploadedAt");
    }

    public String id() {
        return id;
    }

    public MediaKind kind() {
        return kind;
    }

    public String storedName() {
        return storedName;
    }

    public String displayName() {
        return displayName;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String mediaType() {
        return mediaType;
    }

    public String sha256() {
        return sha256;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
