package jp.medsec.lms.core.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.lms.core.domain.model.course.Course;
import jp.medsec.lms.core.domain.model.course.CourseRepository;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaCourseRepository implements CourseRepository {

    @PersistenceContext(unitName = "lms")
    private EntityManager em;

    @Override
    public Optional<Course> find(String id) {
        return Optional.ofNullable(em.find(Course.class, id));
    }

    @Override
    public Optional<Course> findBySlug(String slug) {
        return em.createNamedQuery("Course.findBySlug", Course.class).setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    @Override
    public List<Course> findPublishedByTrack(String trackCode) {
        return em.createNamedQuery("Course.findPublishedByTrack", Course.class).setParameter("track", trackCode)
                .getResultList();
    }

    @Override
    public Map<String, Long> countPublishedByTrack() {
        return em.createNamedQuery("Course.countPublishedByTrack", Object[].class).getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue()));
    }

    @Override
    public void store(Course course) {
        em.persist(course);
    }
}
