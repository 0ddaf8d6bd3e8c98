package jp.medsec.lms.core.domain.model.course;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jp.medsec.lms.core.domain.model.shared.Ids;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException;
import jp.medsec.lms.core.domain.model.shared.LocalizedText;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One thing to do in a course: a lesson page, a quiz, a session. What it is and how it completes belongs to
 * the plugin named by {@code typeId}; the core keeps order, whether it is required, and the settings.
 */
@Entity
@Table(name = "lms_activity")
public class Activity {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "module_id")
    private CourseModule module;

    /** Stable within the course, so re-importing content can recognise the same activity. */
    @Column(name = "activity_key", nullable = false, length = 64)
    private String key;

    @Column(nullable = false)
    private int position;

    @Column(name = "type_id", nullable = false, length = 40)
    private String typeId;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "ja", column = @Column(name = "title_ja", length = 200, nullable = false)),
        @AttributeOverride(name = "en", column = @Column(name = "title_en", length = 200))})
    private LocalizedText title;

    @Column(nullable = false)
    private boolean required;

    @Column(nullable = false)
    private int minutes;

    @Lob
    @Column(nullable = false)
    private String settings;

    protected Activity() {
    }

    Activity(CourseModule module, String key, int position, String typeId, LocalizedText title, boolean required,
             int minutes, String settings) {
        Objects.requireNonNull(key, "key");
        if (!KEY.matcher(key).matches()) {
            throw new InvalidInputException("activity.key", "Activity key must be lower-case letters, digits or hyphens: " + key);
        }
        if (minutes < 0 || minutes > 24 * 60) {
            throw new InvalidInputException("activity.minutes", "Activity length must be 0 to 1440 minutes");
        }
        this.id = Ids.newId();
        this.module = module;
        this.key = key;
        this.position = position;
        this.typeId = Objects.requireNonNull(typeId, "typeId");
        this.title = Objects.requireNonNull(title, "title");
        this.required = required;
        this.minutes = minutes;
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public String id() {
        return id;
    }

    public CourseModule module() {
        return module;
    }

    public String key() {
        return key;
    }

    public int position() {
        return position;
    }

    public String typeId() {
        return typeId;
    }

    public LocalizedText title() {
        return title;
    }

    public boolean required() {
        return required;
    }

    public int minutes() {
        return minutes;
    }

    public String settings() {
        return settings;
    }

    /** The trainer's new settings (JSON the activity's plugin has accepted); learners see them from their next request. */
    public void changeSettings(String newSettings) {
        this.settings = Objects.requireNonNull(newSettings, "settings");
    }
}
