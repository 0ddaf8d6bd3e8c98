package jp.medsec.lms.core.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.lms.core.domain.model.federation.FederatedIdentity;
import jp.medsec.lms.core.domain.model.federation.IdentityProvider;
import jp.medsec.lms.core.domain.model.federation.IdentityProviderRepository;
import jp.medsec.lms.core.domain.model.federation.ProviderListing;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaIdentityProviderRepository implements IdentityProviderRepository {

    @PersistenceContext(unitName = "lms")
    private EntityManager em;

    @Override
    public Optional<IdentityProvider> find(String id) {
        return Optional.ofNullable(em.find(IdentityProvider.class, id));
    }

    @Override
    public Optional<IdentityProvider> findByInstitution(String institutionId) {
        return em.createNamedQuery("IdentityProvider.findByInstitution", IdentityProvider.class)
                .setParameter("institutionId", institutionId).getResultStream().findFirst();
    }

    @Override
    public List<ProviderListing> findEnabled() {
        return em.createNamedQuery("IdentityProvider.findEnabled", ProviderListing.class).getResultList();
    }

    @Override
    public void store(IdentityProvider provider) {
        em.persist(provider);
    }

    @Override
    public void remove(IdentityProvider provider) {
        em.remove(provider);
    }

    @Override
    public Optional<FederatedIdentity> findIdentity(String issuer, String subject) {
        return em.createNamedQuery("FederatedIdentity.find", FederatedIdentity.class).setParameter("issuer", issuer)
                .setParameter("subject", subject).getResultStream().findFirst();
    }

    @Override
    public void store(FederatedIdentity identity) {
        em.persist(identity);
    }
}
