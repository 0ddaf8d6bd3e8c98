package jp.medsec.lms.web.rest.invitations;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jp.medsec.lms.core.application.AccountService;
import jp.medsec.lms.core.domain.model.learner.Learner;
import jp.medsec.lms.web.rest.Caller;
import jp.medsec.lms.web.security.SessionLogin;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Instant;

/** Open to anyone holding the link: the token is the credential. Unknown, used or expired tokens answer 404. */
@Path("invitations/{token}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InvitationsResource {

    @Inject
    AccountService accounts;

    @Inject
    SessionLogin sessions;

    @Inject
    Caller caller;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @GET
    @PermitAll
    @Operation(summary = "Who an open invitation is for")
    public InvitationView invitation(@PathParam("token") String token) {
        Learner l = accounts.invitation(token);
        return new InvitationView(l.email(), l.fullName(), l.institution().map(i -> i.name()).orElse(null),
                l.invitationExpiresAt().orElse(null));
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the first password and log in; the invitation is then used up")
    public InvitationView accept(@PathParam("token") String token, @Valid @NotNull AcceptRequest r) {
        Learner l = accounts.acceptInvitation(token, r.password(), caller.address());
        sessions.start(l, request, response);
        return new InvitationView(l.email(), l.fullName(), l.institution().map(i -> i.name()).orElse(null), null);
    }

    public record AcceptRequest(@NotNull(message = "{lms.validation.required}")
                                @Size(min = 12, max = 128, message = "{lms.validation.size}") String password) {
    }

    public record InvitationView(String email, String fullName, String institution, Instant expiresAt) {
    }
}
