package jp.medsec.lms.core.domain.model.learner;

/** Roles; their names are the security roles the container checks (@RolesAllowed). */
public enum Role {
    LEARNER,
    TRAINER,
    ADMIN;

    public static final String LEARNER_NAME = "LEARNER";
    public static final String TRAINER_NAME = "TRAINER";
    public static final String ADMIN_NAME = "ADMIN";
}
