package jp.medsec.lms.web.rest.account;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.medsec.lms.core.access.CapabilityTable;
import jp.medsec.lms.core.application.AccountService;
import jp.medsec.lms.core.application.AuditLog;
import jp.medsec.lms.core.application.AccountService.Registration;
import jp.medsec.lms.core.domain.model.learner.Learner;
import jp.medsec.lms.core.domain.model.shared.NotFoundException;
import jp.medsec.lms.web.rest.Caller;
import jp.medsec.lms.web.security.LoginThrottle;
import jp.medsec.lms.web.security.TooManyLoginAttemptsException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Registration and login are open to anyone; they answer the same way whether or not an e-mail is known. */
@Path("account")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Inject
    AccountService accounts;

    @Inject
    SecurityContext security;

    @Inject
    Caller caller;

    @Inject
    LoginThrottle throttle;

    @Inject
    AuditLog audit;

    @Inject
    CapabilityTable capabilities;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @POST
    @Path("register")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a learner account and log in")
    public Response register(@Valid @NotNull RegisterRequest r) {
        accounts.register(new Registration(r.email(), r.password(), r.fullName(), r.fullNameKana(), r.jobCategory()),
                caller.address());
        Learner learner = logIn(r.email(), r.password());
        return Response.status(Response.Status.CREATED).entity(view(learner)).build();
    }

    @POST
    @Path("login")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Log in with e-mail and password; starts a session (cookie). 429 after repeated failures")
    public AccountView login(@Valid @NotNull LoginRequest r) {
        String address = caller.address();
        var wait = throttle.blocked(r.email(), address);
        if (wait.isPresent()) {
            audit.record(AuditLog.LOGIN_THROTTLED, r.email(), null, address, wait.get().toSeconds() + " s");
            throw new TooManyLoginAttemptsException(wait.get());
        }
        try {
            Learner learner = logIn(r.email(), r.password());
            throttle.succeeded(r.email());
            audit.record(AuditLog.LOGIN_SUCCEEDED, learner.id(), learner.id(), address, null);
            return view(learner);
        } catch (InvalidCredentialsException e) {
            throttle.failed(r.email(), address);
            audit.record(AuditLog.LOGIN_FAILED, r.email(), null, address, null);
            throw e;
        }
    }

    @POST
    @Path("logout")
    @PermitAll
    @Operation(summary = "End the session")
    public Response logout() throws ServletException {
        request.logout();
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return Response.noContent().build();
    }

    @GET
    @Path("me")
    @PermitAll
    @Operation(summary = "The logged-in account (401 if nobody is logged in)")
    public AccountView me() {
        return view(accounts.find(caller.learnerId()).orElseThrow(() -> new NotFoundException("learner", "me")));
    }

    private AccountView view(Learner learner) {
        return AccountView.of(learner, capabilities.capabilitiesOf(learner.roles()));
    }

    private Learner logIn(String email, String password) {
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(email, new Password(password))).newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            throw new InvalidCredentialsException();
        }
        return accounts.find(security.getCallerPrincipal().getName())
                .orElseThrow(InvalidCredentialsException::new);
    }
}
