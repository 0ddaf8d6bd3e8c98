package jp.medsec.lms.core.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jp.medsec.lms.core.application.CatalogService;
import jp.medsec.lms.core.domain.model.course.Course;
import jp.medsec.lms.core.domain.model.course.CourseRepository;
import jp.medsec.lms.core.domain.model.shared.NotFoundException;
import jp.medsec.lms.core.domain.model.track.Track;
import jp.medsec.lms.core.domain.model.track.TrackRepository;

import java.util.List;
import java.util.Map;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DefaultCatalogService implements CatalogService {

    @Inject
    TrackRepository tracks;

    @Inject
    CourseRepository courses;

    @Override
    public List<TrackSummary> tracks() {
        Map<String, Long> counts = courses.countPublishedByTrack();
        return tracks.findAll().stream()
                .map(t -> new TrackSummary(t, counts.getOrDefault(t.code(), 0L))).toList();
    }

    @Override
    public Track track(String code) {
        return tracks.find(code).orElseThrow(() -> new NotFoundException("track", code));
    }

    @Override
    public List<Course> publishedCourses(String trackCode) {
        return courses.findPublishedByTrack(track(trackCode).code());
    }

    @Override
    public Course publishedCourse(String courseId) {
        return courses.find(courseId).filter(Course::isPublished)
                .orElseThrow(() -> new NotFoundException("course", courseId));
    }
}
