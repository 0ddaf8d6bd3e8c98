package jp.medsec.lms.web.security;

import jakarta.security.enterprise.credential.Credential;

import java.util.Set;

/**
 * A login the application has already verified (password, and the two-factor code where one is set up): only
 * server code creates it, after AccountService.login, registration or an accepted invitation, so each login
 * costs one PBKDF2 verification. The groups are the learner's roles and capabilities.
 */
public record VerifiedLogin(String learnerId, Set<String> groups) implements Credential {

    public VerifiedLogin {
        groups = Set.copyOf(groups);
    }
}
