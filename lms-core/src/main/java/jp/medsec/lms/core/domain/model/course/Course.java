package jp.medsec.lms.core.domain.model.course;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.medsec.lms.core.domain.model.shared.Ids;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException;
import jp.medsec.lms.core.domain.model.shared.LocalizedText;
import jp.medsec.lms.core.domain.model.shared.NotFoundException;
import jp.medsec.lms.core.domain.model.track.Track;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A course of about one hour in a track. Modules and activities are added through the course so that
 * ordering and the uniqueness of activity keys hold for the whole aggregate.
 */
@Entity
@Table(name = "lms_course")
@NamedQuery(name = "Course.findBySlug", query = "SELECT c FROM Course c WHERE c.slug = :slug")
@NamedQuery(name = "Course.findPublishedByTrack",
        query = "SELECT c FROM Course c WHERE c.track.code = :track AND c.status = jp.medsec.lms.core.domain.model.course.CourseStatus.PUBLISHED ORDER BY c.createdAt, c.slug")
@NamedQuery(name = "Course.countPublishedByTrack",
        query = "SELECT c.track.code, COUNT(c) FROM Course c WHERE c.status = jp.medsec.lms.core.domain.model.course.CourseStatus.PUBLISHED GROUP BY c.track.code")
public class Course {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{1,79}");

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, unique = true, length = 80)
    private String slug;

    @ManyToOne(optional = false)
    @JoinColumn(name = "track_code")
    private Track track;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "ja", column = @Column(name = "title_ja", length = 200, nullable = false)),
        @AttributeOverride(name = "en", column = @Column(name = "title_en", length = 200))})
    private LocalizedText title;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "ja", column = @Column(name = "summary_ja", length = 2000, nullable = false)),
        @AttributeOverride(name = "en", column = @Column(name = "summary_en", length = 2000))})
    private LocalizedText summary;

    @Column(nullable = false)
    private int minutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CourseStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Embedded
    private CertificatePolicy certificatePolicy = CertificatePolicy.defaults();

    @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CourseModule> modules = new ArrayList<>();

    @Version
    private long version;

    protected Course() {
    }

    public Course(String slug, Track track, LocalizedText title, LocalizedText summary, int minutes, Instant createdAt) {
        Objects.requireNonNull(slug, "slug");
        if (!SLUG.matcher(slug).matches()) {
            throw new InvalidInputException("course.slug",
                    "Slug must be 2-80 lower-case letters, digits or hyphens: " + slug);
        }
        if (minutes < 1 || minutes > 24 * 60) {
            throw new InvalidInputException("course.minutes", "Course length must be 1 to 1440 minutes");
        }
        this.id = Ids.newId();
        this.slug = slug;
        this.track = Objects.requireNonNull(track, "track");
        this.title = Objects.requireNonNull(title, "title");
        this.summary = Objects.requireNonNull(summary, "summary");
        this.minutes = minutes;
        this.status = CourseStatus.DRAFT;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public CourseModule addModule(LocalizedText moduleTitle) {
        CourseModule module = new CourseModule(this, modules.size() + 1, moduleTitle);
        modules.add(module);
        return module;
    }

    /** Publishing an empty course would give learners nothing to complete. */
    public void publish() {
        if (requiredActivities().isEmpty()) {
            throw new InvalidInputException("course.nothing-required",
                    "A course needs at least one required activity before it is published");
        }
        status = CourseStatus.PUBLISHED;
    }

    public CertificatePolicy certificatePolicy() {
        return certificatePolicy == null ? CertificatePolicy.defaults() : certificatePolicy;
    }

    public void certificatePolicy(CertificatePolicy policy) {
        this.certificatePolicy = Objects.requireNonNull(policy, "policy");
    }

    public void withdraw() {
        status = CourseStatus.DRAFT;
    }

    public boolean isPublished() {
        return status == CourseStatus.PUBLISHED;
    }

    public List<Activity> activities() {
        return modules.stream().flatMap(m -> m.activities().stream()).toList();
    }

    public List<Activity> requiredActivities() {
        return activities().stream().filter(Activity::required).toList();
    }

    public Optional<Activity> findActivity(String activityId) {
        return activities().stream().filter(a -> a.id().equals(activityId)).findFirst();
    }

    public Activity activity(String activityId) {
        return findActivity(activityId).orElseThrow(() -> new NotFoundException("activity", activityId));
    }

    void checkKeyIsFree(String key) {
        if (activities().stream().anyMatch(a -> a.key().equals(key))) {
            throw new InvalidInputException("activity.key-taken", "Activity key used twice in course " + slug + ": " + key);
        }
    }

    public String id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public Track track() {
        return track;
    }

    public LocalizedText title() {
        return title;
    }

    public LocalizedText summary() {
        return summary;
    }

    public int minutes() {
        return minutes;
    }

    public CourseStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<CourseModule> modules() {
        return Collections.unmodifiableList(modules);
    }
}
