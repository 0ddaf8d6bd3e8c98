package jp.medsec.lms.core.application;

import jp.medsec.lms.core.domain.model.course.Course;
import jp.medsec.lms.core.domain.model.track.Track;

import java.util.List;

/** The public catalog: tracks and their published courses. Drafts are invisible here. */
public interface CatalogService {

    List<TrackSummary> tracks();

    Track track(String code);

    List<Course> publishedCourses(String trackCode);

    Course publishedCourse(String courseId);

    /** A track with the number of published courses in it. */
    record TrackSummary(Track track, long courseCount) {
    }
}
