package jp.medsec.lms.core.domain.model.learner;

/**
 * What a person is in the LMS. What each role may do is not written here but in the capability table
 * ({@code jp.medsec.lms.core.access}); a role can be limited to a scope by its {@link RoleGrant}.
 */
public enum Role {
    /** Takes courses. Everyone with an account. */
    LEARNER,
    /** Writes and imports course content; may be limited to tracks. */
    TRAINER,
    /** Sees and manages the staff and training records of one institution or one department. */
    INSTITUTION_MANAGER,
    /** Issues and revokes certificates. */
    CERTIFICATE_ADMIN,
    /** Everything. */
    ADMIN
}
