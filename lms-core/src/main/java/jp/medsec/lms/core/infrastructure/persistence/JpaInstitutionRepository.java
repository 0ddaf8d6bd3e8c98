package jp.medsec.lms.core.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.lms.core.domain.model.institution.Institution;
import jp.medsec.lms.core.domain.model.institution.InstitutionRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaInstitutionRepository implements InstitutionRepository {

    @PersistenceContext(unitName = "lms")
    private EntityManager em;

    @Override
    public List<Institution> findAll() {
        return em.createNamedQuery("Institution.findAll", Institution.class).getResultList();
    }

    @Override
    public Optional<Institution> find(String id) {
        return Optional.ofNullable(em.find(Institution.class, id));
    }

    @Override
    public void store(Institution institution) {
        em.persist(institution);
    }
}
