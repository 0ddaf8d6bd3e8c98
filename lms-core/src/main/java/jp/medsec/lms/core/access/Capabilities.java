package jp.medsec.lms.core.access;

/** The ids of the core's capabilities, for {@code @RolesAllowed} and checks in code. */
public final class Capabilities {

    /** Enrol in courses, open activities, record progress. */
    public static final String COURSE_ENROL = "course.enrol";
    /** Import and edit course content (a trainer may be limited to a track). */
    public static final String COURSE_AUTHOR = "course.author";
    /** See staff and their training records (a manager: own institution or department only). */
    public static final String STAFF_VIEW = "staff.view";
    /** Add and remove staff, import staff lists, send invitations (same scope as staff.view). */
    public static final String STAFF_MANAGE = "staff.manage";
    /** Create institutions and departments. */
    public static final String INSTITUTION_MANAGE = "institution.manage";
    /** Grant and revoke roles. */
    public static final String ROLE_ASSIGN = "role.assign";
    /** Read the audit log. */
    public static final String AUDIT_VIEW = "audit.view";
    /** Issue, revoke and reissue certificates. */
    public static final String CERTIFICATE_ISSUE = "certificate.issue";
    /** See the mail outbox, send failed mails again, send a test mail. */
    public static final String MAIL_MANAGE = "mail.manage";

    private Capabilities() {
    }
}
