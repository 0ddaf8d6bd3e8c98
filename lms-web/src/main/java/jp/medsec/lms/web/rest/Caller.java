package jp.medsec.lms.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jp.medsec.lms.core.application.Actor;
import jp.medsec.lms.core.domain.model.shared.DomainException;

import java.security.Principal;

/**
 * Who is calling. The principal's name is the learner id (see LearnerIdentityStore), so resources act for
 * exactly the logged-in learner and never take a learner id from the request.
 */
@RequestScoped
public class Caller {

    @Inject
    SecurityContext security;

    @Inject
    HttpServletRequest request;

    public boolean isLoggedIn() {
        return security.getCallerPrincipal() != null;
    }

    /** The learner id, or a 401 problem when nobody is logged in. */
    public String learnerId() {
        Principal principal = security.getCallerPrincipal();
        if (principal == null) {
            throw new NotLoggedInException();
        }
        return principal.getName();
    }

    /** The logged-in learner and their address, for services that check scope and write the audit log. */
    public Actor actor() {
        return new Actor(learnerId(), address());
    }

    /** The client's address as this server sees it (a proxy's, behind one). */
    public String address() {
        return request.getRemoteAddr();
    }

    /** Nobody is logged in (or a login failed); mapped to 401. */
    public static class NotLoggedInException extends DomainException {

        public NotLoggedInException() {
            this("auth.required", "Log in to do this");
        }

        protected NotLoggedInException(String code, String message) {
            super(code, message);
        }
    }
}
