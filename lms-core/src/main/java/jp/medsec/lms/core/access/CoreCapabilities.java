package jp.medsec.lms.core.access;

import jakarta.enterprise.context.ApplicationScoped;
import jp.medsec.lms.spi.CapabilityDefinition;
import jp.medsec.lms.spi.CapabilityProvider;

import java.util.List;
import java.util.Set;

/** The core's rows of the capability table. */
@ApplicationScoped
public class CoreCapabilities implements CapabilityProvider {

    private static final String LEARNER = "LEARNER";
    private static final String TRAINER = "TRAINER";
    private static final String MANAGER = "INSTITUTION_MANAGER";
    private static final String CERTIFICATES = "CERTIFICATE_ADMIN";
    private static final String ADMIN = "ADMIN";

    @Override
    public List<CapabilityDefinition> capabilities() {
        return List.of(
                new CapabilityDefinition(Capabilities.COURSE_ENROL, Set.of(LEARNER),
                        "Enrol in courses, open activities and record one's own progress"),
                new CapabilityDefinition(Capabilities.COURSE_AUTHOR, Set.of(TRAINER, ADMIN),
                        "Import and edit course content (a trainer may be limited to a track)"),
                new CapabilityDefinition(Capabilities.STAFF_VIEW, Set.of(MANAGER, ADMIN),
                        "See staff and their training records (a manager: own institution or department)"),
                new CapabilityDefinition(Capabilities.STAFF_MANAGE, Set.of(MANAGER, ADMIN),
                        "Add staff to an institution and its departments (a manager: own scope)"),
                new CapabilityDefinition(Capabilities.INSTITUTION_MANAGE, Set.of(ADMIN),
                        "Create institutions and departments"),
                new CapabilityDefinition(Capabilities.ROLE_ASSIGN, Set.of(ADMIN), "Grant and revoke roles"),
                new CapabilityDefinition(Capabilities.AUDIT_VIEW, Set.of(ADMIN), "Read the audit log"),
                new CapabilityDefinition(Capabilities.CERTIFICATE_ISSUE, Set.of(CERTIFICATES, ADMIN),
                        "Issue, revoke and reissue certificates"),
                new CapabilityDefinition(Capabilities.MAIL_MANAGE, Set.of(ADMIN),
                        "See outgoing mails and their errors, send failed mails again, send a test mail"));
    }
}
