package jp.medsec.lms.core.domain.model.federation;

import java.util.List;
import java.util.Optional;

public interface IdentityProviderRepository {

    Optional<IdentityProvider> find(String id);

    Optional<IdentityProvider> findByInstitution(String institutionId);

    /** Providers learners may choose on the login page, by institution name. */
    List<ProviderListing> findEnabled();

    void store(IdentityProvider provider);

    void remove(IdentityProvider provider);

    Optional<FederatedIdentity> findIdentity(String issuer, String subject);

    void store(FederatedIdentity identity);
}
