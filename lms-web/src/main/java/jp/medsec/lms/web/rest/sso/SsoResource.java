package jp.medsec.lms.web.rest.sso;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jp.medsec.lms.core.application.FederationService;
import jp.medsec.lms.core.application.FederationService.FederatedLoginRefusedException;
import jp.medsec.lms.core.domain.model.federation.FederatedClaims;
import jp.medsec.lms.core.domain.model.federation.IdentityProvider;
import jp.medsec.lms.core.domain.model.learner.Learner;
import jp.medsec.lms.core.domain.model.shared.NotFoundException;
import jp.medsec.lms.web.rest.Caller;
import jp.medsec.lms.web.rest.PublicAddress;
import jp.medsec.lms.web.security.SessionLogin;
import jp.medsec.lms.web.security.oidc.OidcClient;
import jp.medsec.lms.web.security.oidc.OidcLoginException;
import jp.medsec.lms.web.security.oidc.PendingLogin;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.util.List;
import java.util.logging.Logger;

@Path("sso")
@RequestScoped
public class SsoResource {

    private static final Logger LOG = Logger.getLogger(SsoResource.class.getName());
    private static final String PENDING = "lms.oidc.pending";

    @Inject
    FederationService federation;

    @Inject
    OidcClient oidc;

    @Inject
    SessionLogin sessions;

    @Inject
    Caller caller;

    @Inject
    PublicAddress publicAddress;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    public record ProviderView(String id, String name, String institutionName, String loginUrl) {
    }

    @GET
    @Path("providers")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Institutions whose staff can log in with their institution's account (OpenID Connect)")
    public List<ProviderView> providers() {
        return federation.enabledProviders().stream().map(p -> new ProviderView(p.id(), p.displayName(),
                p.institutionName(), "/api/sso/" + p.id() + "/login")).toList();
    }

    @GET
    @Path("{providerId}/login")
    @PermitAll
    @Operation(summary = "Go to the institution's login page (303); it comes back to /api/sso/callback")
    public Response login(@PathParam("providerId") String providerId, @QueryParam("next") String next) {
        try {
            IdentityProvider provider = federation.enabledProvider(providerId);
            OidcClient.Start start = oidc.begin(provider, publicAddress.ssoCallback(request), safeNext(next));
            request.getSession(true).setAttribute(PENDING, start.pending());
            return Response.seeOther(start.location()).header("Cache-Control", "no-store").build();
        } catch (NotFoundException e) {
            return toLoginPage("federation.unknown-provider");
        } catch (OidcLoginException e) {
            return toLoginPage(e.code());
        }
    }

    @GET
    @Path("callback")
    @PermitAll
    @Operation(summary = "Where the identity provider sends the browser back: checks the answer, logs in, goes on (303)")
    public Response callback() {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PENDING) instanceof PendingLogin pending)) {
            return toLoginPage("federation.expired");
        }
        // One answer per login: a replayed or second callback finds nothing pending.
        session.removeAttribute(PENDING);
        try {
            IdentityProvider provider = federation.enabledProvider(pending.providerId());
            URI callbackUri = URI.create(request.getRequestURL() + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
            FederatedClaims claims = oidc.finish(provider, pending, callbackUri, publicAddress.ssoCallback(request));
            Learner learner = federation.signIn(provider.id(), claims, caller.address());
            sessions.start(learner, request, response);
            return Response.seeOther(onThisSite(pending.next())).header("Cache-Control", "no-store").build();
        } catch (NotFoundException e) {
            return toLoginPage("federation.unknown-provider");
        } catch (OidcLoginException e) {
            LOG.info("OpenID Connect login failed: " + e.getMessage());
            return toLoginPage(e.code());
        } catch (FederatedLoginRefusedException e) {
            return toLoginPage(e.code());
        }
    }

    private Response toLoginPage(String reason) {
        return Response.seeOther(onThisSite(UriBuilder.fromPath("/login.html").queryParam("sso", reason).build().toString()))
                .header("Cache-Control", "no-store").build();
    }

    /** An absolute URI for a path of this site (JAX-RS would resolve a relative one against /api/). */
    private URI onThisSite(String path) {
        return URI.create(request.getRequestURL().toString()).resolve(path);
    }

    /** Only a path on this site, so the login cannot be turned into a redirect to someone else's page. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.chars().anyMatch(c -> c < 0x20 || c == 0x7f) || next.length() > 500) {
            return "/";
        }
        return next;
    }
}
