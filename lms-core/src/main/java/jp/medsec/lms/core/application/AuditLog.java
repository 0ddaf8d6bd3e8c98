package jp.medsec.lms.core.application;

import jp.medsec.lms.core.domain.model.audit.AuditEntry;

import java.util.List;

/**
 * Records security-relevant actions. An entry joins the caller's transaction, so a change that rolls back
 * leaves no entry claiming it happened; outside a transaction (a failed login) it is written at once.
 */
public interface AuditLog {

    String LOGIN_SUCCEEDED = "login.succeeded";
    String LOGIN_FAILED = "login.failed";
    String LOGIN_THROTTLED = "login.throttled";
    String ACCOUNT_REGISTERED = "account.registered";
    String ROLE_GRANTED = "role.granted";
    String ROLE_REVOKED = "role.revoked";
    String COURSE_IMPORTED = "course.imported";
    String ACTIVITY_SETTINGS_CHANGED = "activity.settings-changed";
    String INSTITUTION_CREATED = "institution.created";
    String DEPARTMENT_CREATED = "department.created";
    String STAFF_ASSIGNED = "staff.assigned";
    String STAFF_IMPORTED = "staff.imported";
    String INVITATION_ACCEPTED = "invitation.accepted";
    String TWO_FACTOR_ENABLED = "two-factor.enabled";
    String TWO_FACTOR_DISABLED = "two-factor.disabled";
    String IDENTITY_PROVIDER_CONFIGURED = "identity-provider.configured";
    String IDENTITY_PROVIDER_REMOVED = "identity-provider.removed";
    String IDENTITY_LINKED = "identity.linked";
    String CERTIFICATE_ISSUED = "certificate.issued";
    String CERTIFICATE_REVOKED = "certificate.revoked";
    String CERTIFICATE_REQUESTED = "certificate.requested";
    String CERTIFICATE_REJECTED = "certificate.rejected";
    String CERTIFICATE_BULK_ISSUED = "certificate.bulk-issued";
    String MAIL_RETRIED = "mail.retried";
    String MAIL_TESTED = "mail.tested";
    String MEDIA_UPLOADED = "media.uploaded";

    void record(String action, String actor, String subject, String address, String detail);

    List<AuditEntry> latest(String action, int limit);
}
