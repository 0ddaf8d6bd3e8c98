package jp.medsec.lms.core.domain.model.track;

import java.util.List;
import java.util.Optional;

public interface TrackRepository {

    List<Track> findAll();

    Optional<Track> find(String code);

    void store(Track track);
}
