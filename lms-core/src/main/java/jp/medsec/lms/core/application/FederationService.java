package jp.medsec.lms.core.application;

import jp.medsec.lms.core.domain.model.federation.FederatedClaims;
import jp.medsec.lms.core.domain.model.federation.IdentityProvider;
import jp.medsec.lms.core.domain.model.federation.ProviderListing;
import jp.medsec.lms.core.domain.model.learner.Learner;

import java.util.List;
import java.util.Optional;

/**
 * Login through an institution's own OpenID Connect provider. Administrators register one provider per
 * institution; the provider vouches only for that institution's staff, so it can never log anyone into an
 * account of another institution, an individual account, or an account with rights beyond the institution
 * (administrators, certificate administrators, trainers log in with their password and authenticator code).
 */
public interface FederationService {

    /** The institution's provider, if one is registered (administrators). */
    Optional<IdentityProvider> provider(Actor actor, String institutionId);

    /** Registers or changes the institution's provider (administrators). */
    IdentityProvider configure(Actor actor, String institutionId, IdentityProvider.Settings settings);

    /** Removes the provider; linked people log in with a password again (after setting one by invitation). */
    void remove(Actor actor, String institutionId);

    /** Enabled providers, for the login page. */
    List<ProviderListing> enabledProviders();

    /** An enabled provider by id, or NotFoundException. */
    IdentityProvider enabledProvider(String providerId);

    /**
     * The account for a verified login at a provider: the one linked to the issuer and subject; otherwise the
     * institution's staff member with the e-mail it gives (then linked); otherwise, when the provider creates
     * accounts, a new staff member. Throws {@link FederatedLoginRefusedException} with the reason otherwise.
     */
    Learner signIn(String providerId, FederatedClaims claims, String address);

    /** Why a verified person may still not log in; the code names the reason for the login page. */
    class FederatedLoginRefusedException extends jp.medsec.lms.core.domain.model.shared.AccessDeniedException {
        public FederatedLoginRefusedException(String code, String message) {
            super(code, message);
        }
    }
}
