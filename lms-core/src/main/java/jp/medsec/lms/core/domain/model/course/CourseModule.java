package jp.medsec.lms.core.domain.model.course;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jp.medsec.lms.core.domain.model.shared.Ids;
import jp.medsec.lms.core.domain.model.shared.LocalizedText;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** An ordered part of a course ("法令と事例", "組織の対策", ...). Named CourseModule to avoid java.lang.Module. */
@Entity
@Table(name = "lms_course_module")
public class CourseModule {

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @Column(nullable = false)
    private int position;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "ja", column = @Column(name = "title_ja", length = 200, nullable = false)),
        @AttributeOverride(name = "en", column = @Column(name = "title_en", length = 200))})
    private LocalizedText title;

    @OneToMany(mappedBy = "module", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Activity> activities = new ArrayList<>();

    protected CourseModule() {
    }

    CourseModule(Course course, int position, LocalizedText title) {
        this.id = Ids.newId();
        this.course = course;
        this.position = position;
        this.title = Objects.requireNonNull(title, "title");
    }

    /**
     * Adds an activity at the end of this module. Settings must already have been accepted by the
     * activity type's plugin; the course only guards keys and order.
     */
    public Activity addActivity(String key, String typeId, LocalizedText activityTitle, boolean required,
                                int activityMinutes, String settingsJson) {
        course.checkKeyIsFree(key);
        Activity activity = new Activity(this, key, activities.size() + 1, typeId, activityTitle, required,
                activityMinutes, settingsJson);
        activities.add(activity);
        return activity;
    }

    public String id() {
        return id;
    }

    public Course course() {
        return course;
    }

    public int position() {
        return position;
    }

    public LocalizedText title() {
        return title;
    }

    public List<Activity> activities() {
        return Collections.unmodifiableList(activities);
    }
}
