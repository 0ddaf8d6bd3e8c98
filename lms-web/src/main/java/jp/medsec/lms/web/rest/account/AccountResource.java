package jp.medsec.lms.web.rest.account;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.medsec.lms.core.access.CapabilityTable;
import jp.medsec.lms.core.application.AccountService;
import jp.medsec.lms.core.application.AccountService.Login;
import jp.medsec.lms.core.application.AccountService.Registration;
import jp.medsec.lms.core.application.AuditLog;
import jp.medsec.lms.core.domain.model.learner.Learner;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException;
import jp.medsec.lms.core.domain.model.shared.NotFoundException;
import jp.medsec.lms.web.rest.Caller;
import jp.medsec.lms.web.rest.RequestLocale;
import jp.medsec.lms.web.security.LoginThrottle;
import jp.medsec.lms.web.security.SessionLogin;
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
    Caller caller;

    @Inject
    LoginThrottle throttle;

    @Inject
    AuditLog audit;

    @Inject
    CapabilityTable capabilities;

    @Inject
    SessionLogin sessions;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @Context
    HttpHeaders headers;

    @POST
    @Path("register")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a learner account and log in")
    public Response register(@Valid @NotNull RegisterRequest r) {
        Learner learner = accounts.register(new Registration(r.email(), r.password(), r.fullName(), r.fullNameKana(),
                r.jobCategory()), caller.address());
        sessions.start(learner, request, response);
        accounts.preferLanguage(learner.id(), RequestLocale.of(headers));
        return Response.status(Response.Status.CREATED).entity(view(learner)).build();
    }

    @POST
    @Path("login")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Log in with e-mail, password and, where set up, the authenticator code; 429 after repeated failures")
    public AccountView login(@Valid @NotNull LoginRequest r) {
        String address = caller.address();
        var wait = throttle.blocked(r.email(), address);
        if (wait.isPresent()) {
            audit.record(AuditLog.LOGIN_THROTTLED, r.email(), null, address, wait.get().toSeconds() + " s");
            throw new TooManyLoginAttemptsException(wait.get());
        }
        Login login = accounts.login(r.email(), r.password(), r.code());
        switch (login.status()) {
            case OK -> {
                throttle.succeeded(r.email());
                sessions.start(login.learner(), request, response);
                // The language of the page logged in from is the language mails to this person are written in.
                accounts.preferLanguage(login.learner().id(), RequestLocale.of(headers));
                audit.record(AuditLog.LOGIN_SUCCEEDED, login.learner().id(), login.learner().id(), address, null);
                return view(login.learner());
            }
            case CODE_REQUIRED -> throw new InvalidCredentialsException("auth.code-required", "Enter the code from your authenticator app");
            case BAD_CODE -> {
                throttle.failed(r.email(), address);
                audit.record(AuditLog.LOGIN_FAILED, r.email(), null, address, "two-factor code");
                throw new InvalidCredentialsException("auth.code-invalid", "The authenticator code is not correct");
            }
            default -> {
                throttle.failed(r.email(), address);
                audit.record(AuditLog.LOGIN_FAILED, r.email(), null, address, null);
                throw new InvalidCredentialsException();
            }
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
        return view(me(caller.learnerId()));
    }

    @PUT
    @Path("language")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Remember the language (ja or en) the learner switched to, for the mails the LMS sends them")
    public Response language(@Valid @NotNull LanguageRequest r) {
        accounts.preferLanguage(caller.learnerId(), java.util.Locale.forLanguageTag(r.language()));
        return Response.noContent().build();
    }

    @POST
    @Path("two-factor")
    @PermitAll
    @Operation(summary = "Start setting up an authenticator app: a new secret and the otpauth: URI for its QR code")
    public TwoFactorSetupView beginTwoFactor() {
        var setup = accounts.beginTwoFactor(caller.learnerId());
        return new TwoFactorSetupView(setup.secret(), setup.uri(), QrCode.rows(setup.uri()));
    }

    @POST
    @Path("two-factor/confirm")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Turn two-factor authentication on with the app's first code; the session gets the account's full rights")
    public AccountView confirmTwoFactor(@Valid @NotNull CodeRequest r) {
        String learnerId = caller.learnerId();
        if (!accounts.confirmTwoFactor(learnerId, r.code())) {
            throw codeInvalid();
        }
        Learner learner = me(learnerId);
        sessions.start(learner, request, response);
        return view(learner);
    }

    @DELETE
    @Path("two-factor")
    @PermitAll
    @Operation(summary = "Turn two-factor authentication off with a current code (not for roles that require it)")
    public AccountView disableTwoFactor(@jakarta.ws.rs.QueryParam("code") String code) {
        String learnerId = caller.learnerId();
        if (!accounts.disableTwoFactor(learnerId, code)) {
            throw codeInvalid();
        }
        return view(me(learnerId));
    }

    private static InvalidInputException codeInvalid() {
        return new InvalidInputException("auth.code-invalid", "The authenticator code is not correct",
                java.util.List.of(new InvalidInputException.FieldProblem("code", "auth.code-invalid")));
    }

    private Learner me(String learnerId) {
        return accounts.find(learnerId).orElseThrow(() -> new NotFoundException("learner", "me"));
    }

    private AccountView view(Learner learner) {
        return AccountView.of(learner, capabilities.groupsOf(learner).stream().filter(g -> g.contains(".")).collect(
                java.util.stream.Collectors.toCollection(java.util.TreeSet::new)));
    }

    public record LanguageRequest(@NotNull(message = "{lms.validation.required}")
                                  @jakarta.validation.constraints.Pattern(regexp = "ja|en", message = "{lms.validation.language}")
                                  String language) {
    }

    public record CodeRequest(@NotNull(message = "{lms.validation.required}") String code) {
    }

    public record TwoFactorSetupView(String secret, String uri, java.util.List<String> qr) {
    }
}
