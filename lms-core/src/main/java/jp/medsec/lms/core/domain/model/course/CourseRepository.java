package jp.medsec.lms.core.domain.model.course;

import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface CourseRepository {

    Optional<Course> find(String id);

    Optional<Course> findBySlug(String slug);

    List<Course> findPublishedByTrack(String trackCode);

    /** Published courses per track code. */
    Map<String, Long> countPublishedByTrack();

    void store(Course course);
}
