package jp.medsec.lms.web.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import jp.medsec.lms.core.access.Capabilities;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@ApplicationPath("/api")
@DeclareRoles({Capabilities.COURSE_ENROL, Capabilities.COURSE_AUTHOR, Capabilities.STAFF_VIEW, Capabilities.STAFF_MANAGE,
        Capabilities.INSTITUTION_MANAGE, Capabilities.ROLE_ASSIGN, Capabilities.AUDIT_VIEW, Capabilities.CERTIFICATE_ISSUE})
@OpenAPIDefinition(info = @Info(title = "Medical cybersecurity LMS", version = "0.1",
        description = "Tracks, courses, enrolment and progress for the national cybersecurity training of medical institutions. "
                + "Errors are RFC 9457 problem details (application/problem+json)."))
public class LmsApplication extends Application {
}
