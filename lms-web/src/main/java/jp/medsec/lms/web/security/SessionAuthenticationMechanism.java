package jp.medsec.lms.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jp.medsec.lms.web.rest.problem.ProblemWriter;

import java.io.IOException;
import java.io.UncheckedIOException;

import java.util.HashSet;
import java.util.Set;

/**
 * Logs a learner in when a resource calls {@code SecurityContext.authenticate} with a {@link VerifiedLogin}
 * (made by the server after checking the password and code), and recognises them on later requests from their
 * session. The resources declare their roles (@RolesAllowed);
 * this class only establishes who the caller is.
 */
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LEARNER = "lms.learner";
    static final String ROLES = "lms.roles";

    @Inject
    ProblemWriter problems;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            if (!(credential instanceof VerifiedLogin login)) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            HttpSession session = request.getSession(false);
            if (session != null) {
                request.changeSessionId();
            } else {
                session = request.getSession(true);
            }
            session.setAttribute(LEARNER, login.learnerId());
            session.setAttribute(ROLES, new HashSet<>(login.groups()));
            return context.notifyContainerAboutLogin(login.learnerId(), login.groups());
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(LEARNER) instanceof String learnerId
                && session.getAttribute(ROLES) instanceof Set<?> roles) {
            Set<String> groups = new HashSet<>();
            roles.forEach(r -> groups.add(String.valueOf(r)));
            return context.notifyContainerAboutLogin(learnerId, groups);
        }
        if (context.isProtected()) {
            // A role-protected endpoint and nobody logged in: answer 401 with problem details ourselves,
            // since the container does not route this through the error pages.
            try {
                problems.write(request, response, 401, "auth.required", request.getRequestURI());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
