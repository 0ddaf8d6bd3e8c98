package jp.medsec.lms.core.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.lms.core.domain.model.track.Track;
import jp.medsec.lms.core.domain.model.track.TrackRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaTrackRepository implements TrackRepository {

    @PersistenceContext(unitName = "lms")
    private EntityManager em;

    @Override
    public List<Track> findAll() {
        return em.createNamedQuery("Track.findAll", Track.class).getResultList();
    }

    @Override
    public Optional<Track> find(String code) {
        return Optional.ofNullable(em.find(Track.class, code));
    }

    @Override
    public void store(Track track) {
        em.persist(track);
    }
}
