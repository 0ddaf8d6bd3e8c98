package jp.medsec.lms.core.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jp.medsec.lms.core.access.CapabilityTable;
import jp.medsec.lms.core.application.AccountService;
import jp.medsec.lms.core.domain.model.learner.Learner;
import jp.medsec.lms.core.domain.model.learner.Role;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Validates e-mail and password against stored PBKDF2 hashes. The caller principal is the learner's id (stable
 * when the e-mail changes); the groups are the learner's roles and the capabilities those roles hold, which
 * the container uses as security roles: endpoints say {@code @RolesAllowed("staff.view")}.
 */
@ApplicationScoped
public class LearnerIdentityStore implements IdentityStore {

    @Inject
    AccountService accounts;

    @Inject
    CapabilityTable capabilities;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential upc)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return accounts.authenticate(upc.getCaller(), upc.getPasswordAsString())
                .map(l -> new CredentialValidationResult(l.id(), groups(l)))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    Set<String> groups(Learner learner) {
        Set<String> groups = learner.roles().stream().map(Role::name).collect(Collectors.toCollection(TreeSet::new));
        groups.addAll(capabilities.capabilitiesOf(learner.roles()));
        return groups;
    }
}
