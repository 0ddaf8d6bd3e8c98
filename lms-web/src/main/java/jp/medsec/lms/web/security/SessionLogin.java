package jp.medsec.lms.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.medsec.lms.core.access.CapabilityTable;
import jp.medsec.lms.core.domain.model.learner.Learner;

/** Starts (or refreshes, after a change of rights) the session of a learner whose login is verified. */
@ApplicationScoped
public class SessionLogin {

    @Inject
    SecurityContext security;

    @Inject
    CapabilityTable capabilities;

    public void start(Learner learner, HttpServletRequest request, HttpServletResponse response) {
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new VerifiedLogin(learner.id(), capabilities.groupsOf(learner))).newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            throw new IllegalStateException("The container refused a verified login: " + status);
        }
    }
}
