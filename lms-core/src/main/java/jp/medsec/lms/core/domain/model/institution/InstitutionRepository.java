package jp.medsec.lms.core.domain.model.institution;

import java.util.List;
import java.util.Optional;

public interface InstitutionRepository {

    List<Institution> findAll();

    Optional<Institution> find(String id);

    void store(Institution institution);
}
