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
import jp.medsec.lms.core.application.AccountService;
import jp.medsec.lms.core.application.AccountService.Registration;
import jp.medsec.lms.core.domain.model.learner.Learner;
import jp.medsec.lms.core.domain.model.shared.NotFoundException;
import jp.medsec.lms.web.rest.Caller;
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
        accounts.register(new Registration(r.email(), r.password(), r.fullName(), r.fullNameKana(), r.jobCategory(),
                r.institutionId() == null || r.institutionId().isBlank() ? null : r.institutionId()));
        Learner learner = logIn(r.email(), r.password());
        return Response.status(Response.Status.CREATED).entity(AccountView.of(learner)).build();
    }

    @POST
    @Path("login")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Log in with e-mail and password; starts a session (cookie)")
    public AccountView login(@Valid @NotNull LoginRequest r) {
        return AccountView.of(logIn(r.email(), r.password()));
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
        return AccountView.of(accounts.find(caller.learnerId())
                .orElseThrow(() -> new NotFoundException("learner", "me")));
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
