package jp.medsec.lms.core.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jp.medsec.lms.core.application.Actor;
import jp.medsec.lms.core.application.AuditLog;
import jp.medsec.lms.core.application.FederationService;
import jp.medsec.lms.core.domain.model.federation.FederatedClaims;
import jp.medsec.lms.core.domain.model.federation.FederatedIdentity;
import jp.medsec.lms.core.domain.model.federation.IdentityProvider;
import jp.medsec.lms.core.domain.model.federation.IdentityProviderRepository;
import jp.medsec.lms.core.domain.model.federation.ProviderListing;
import jp.medsec.lms.core.domain.model.institution.Institution;
import jp.medsec.lms.core.domain.model.institution.InstitutionRepository;
import jp.medsec.lms.core.domain.model.learner.JobCategory;
import jp.medsec.lms.core.domain.model.learner.Learner;
import jp.medsec.lms.core.domain.model.learner.LearnerRepository;
import jp.medsec.lms.core.domain.model.learner.Role;
import jp.medsec.lms.core.domain.model.learner.RoleGrant;
import jp.medsec.lms.core.domain.model.shared.AccessDeniedException;
import jp.medsec.lms.core.domain.model.shared.NotFoundException;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
@Transactional
public class DefaultFederationService implements FederationService {

    @Inject
    IdentityProviderRepository providers;

    @Inject
    InstitutionRepository institutions;

    @Inject
    LearnerRepository learners;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<IdentityProvider> provider(Actor actor, String institutionId) {
        requireAdmin(actor);
        return providers.findByInstitution(institution(institutionId).id());
    }

    @Override
    public IdentityProvider configure(Actor actor, String institutionId, IdentityProvider.Settings settings) {
        requireAdmin(actor);
        Institution institution = institution(institutionId);
        Optional<IdentityProvider> existing = providers.findByInstitution(institution.id());
        IdentityProvider provider;
        if (existing.isPresent()) {
            provider = existing.get();
            provider.change(settings, clock.instant());
        } else {
            provider = new IdentityProvider(institution, settings, clock.instant());
            providers.store(provider);
        }
        audit.record(AuditLog.IDENTITY_PROVIDER_CONFIGURED, actor.learnerId(), institution.id(), actor.address(),
                provider.issuer() + " client " + provider.clientId() + (provider.enabled() ? "" : " (disabled)")
                        + (provider.createsAccounts() ? ", creates accounts" : ""));
        return provider;
    }

    @Override
    public void remove(Actor actor, String institutionId) {
        requireAdmin(actor);
        Institution institution = institution(institutionId);
        IdentityProvider provider = providers.findByInstitution(institution.id())
                .orElseThrow(() -> new NotFoundException("identity-provider", institutionId));
        providers.remove(provider);
        audit.record(AuditLog.IDENTITY_PROVIDER_REMOVED, actor.learnerId(), institution.id(), actor.address(), provider.issuer());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProviderListing> enabledProviders() {
        return providers.findEnabled();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public IdentityProvider enabledProvider(String providerId) {
        return providers.find(providerId).filter(IdentityProvider::enabled)
                .orElseThrow(() -> new NotFoundException("identity-provider", providerId));
    }

    @Override
    @Transactional(dontRollbackOn = FederatedLoginRefusedException.class) // keep the audit entry of a refusal
    public Learner signIn(String providerId, FederatedClaims claims, String address) {
        IdentityProvider provider = enabledProvider(providerId);
        if (!provider.issuer().equals(claims.issuer())) {
            throw refuse(claims, address, "federation.refused", "The token was issued by another provider");
        }
        Institution institution = provider.institution();
        Optional<FederatedIdentity> link = providers.findIdentity(claims.issuer(), claims.subject());
        Learner learner;
        if (link.isPresent()) {
            learner = link.get().learner();
        } else {
            learner = linkByEmail(provider, claims, address);
        }
        if (learner.institution().filter(i -> i.id().equals(institution.id())).isEmpty()) {
            throw refuse(claims, address, "federation.not-staff", "The account is not on this institution's staff");
        }
        if (!learner.grants().stream().allMatch(g -> withinInstitution(g, institution))) {
            throw refuse(claims, address, "federation.privileged",
                    "Accounts with rights beyond the institution log in with password and authenticator code");
        }
        link.ifPresent(l -> l.loggedIn(clock.instant()));
        audit.record(AuditLog.LOGIN_SUCCEEDED, learner.id(), learner.id(), address, "OpenID Connect " + claims.issuer());
        return learner;
    }

    /** First login of this person at this provider: find them among the institution's staff by e-mail, or create them. */
    private Learner linkByEmail(IdentityProvider provider, FederatedClaims claims, String address) {
        String email = claims.emailAddress().orElseThrow(() -> refuse(claims, address, "federation.no-email",
                "The provider did not give an e-mail address (claim " + provider.emailClaim() + ")"));
        if (provider.requireVerifiedEmail() && !claims.emailVerified()) {
            throw refuse(claims, address, "federation.email-unverified", "The provider has not verified the e-mail address");
        }
        Optional<Learner> existing = learners.findByEmail(email);
        Learner learner;
        if (existing.isPresent()) {
            learner = existing.get();
        } else if (provider.createsAccounts()) {
            String name = claims.name() == null || claims.name().isBlank() ? email : claims.name();
            learner = new Learner(email, Learner.NO_PASSWORD, name, null, JobCategory.OTHER, null, clock.instant());
            learner.joinInstitution(provider.institution(), null);
            learners.store(learner);
            audit.record(AuditLog.ACCOUNT_REGISTERED, learner.id(), learner.id(), address,
                    "OpenID Connect " + claims.issuer() + " for " + provider.institution().name());
        } else {
            throw refuse(claims, address, "federation.not-staff", "No staff member of the institution has this e-mail");
        }
        if (learner.institution().filter(i -> i.id().equals(provider.institution().id())).isEmpty()) {
            // Same answer as an unknown e-mail: the login page must not reveal accounts elsewhere.
            throw refuse(claims, address, "federation.not-staff", "The e-mail belongs to an account outside the institution");
        }
        providers.store(new FederatedIdentity(claims.issuer(), claims.subject(), learner, clock.instant()));
        audit.record(AuditLog.IDENTITY_LINKED, learner.id(), learner.id(), address, claims.issuer() + " " + claims.subject());
        return learner;
    }

    private static boolean withinInstitution(RoleGrant grant, Institution institution) {
        return grant.role() == Role.LEARNER || (grant.role() == Role.INSTITUTION_MANAGER
                && grant.institutionId().filter(institution.id()::equals).isPresent());
    }

    private FederatedLoginRefusedException refuse(FederatedClaims claims, String address, String code, String reason) {
        audit.record(AuditLog.LOGIN_FAILED, claims.emailAddress().orElse(claims.subject()), null, address,
                "OpenID Connect " + claims.issuer() + ": " + reason);
        return new FederatedLoginRefusedException(code, reason);
    }

    private Institution institution(String institutionId) {
        return institutions.find(institutionId).orElseThrow(() -> new NotFoundException("institution", institutionId));
    }

    private void requireAdmin(Actor actor) {
        Learner me = learners.find(actor.learnerId()).orElseThrow(() -> new NotFoundException("learner", actor.learnerId()));
        if (!me.has(Role.ADMIN)) {
            throw new AccessDeniedException("auth.forbidden", "Administrators only");
        }
    }
}
