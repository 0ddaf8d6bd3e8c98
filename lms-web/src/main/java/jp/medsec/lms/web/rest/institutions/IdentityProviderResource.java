package jp.medsec.lms.web.rest.institutions;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.medsec.lms.core.access.Capabilities;
import jp.medsec.lms.core.application.FederationService;
import jp.medsec.lms.core.domain.model.federation.IdentityProvider;
import jp.medsec.lms.core.domain.model.shared.NotFoundException;
import jp.medsec.lms.web.rest.Caller;
import jp.medsec.lms.web.rest.PublicAddress;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Instant;

/**
 * An institution's OpenID Connect provider, registered by administrators. The client secret is write-only: it is
 * never sent back, only whether one is stored.
 */
@Path("institutions/{institutionId}/identity-provider")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Capabilities.INSTITUTION_MANAGE)
public class IdentityProviderResource {

    @Inject
    FederationService federation;

    @Inject
    Caller caller;

    @Inject
    PublicAddress publicAddress;

    @Context
    HttpServletRequest request;

    public record ProviderSettingsRequest(@NotNull(message = "{lms.validation.required}") String issuer,
                                          @NotNull(message = "{lms.validation.required}") String clientId,
                                          String clientSecret,
                                          @NotNull(message = "{lms.validation.required}") String displayName,
                                          String emailClaim, Boolean requireVerifiedEmail, Boolean createsAccounts,
                                          Boolean enabled) {
    }

    /** What the administrator sees; {@code redirectUri} is what they register at the provider. */
    public record ProviderView(String id, String institutionId, String issuer, String clientId, boolean clientSecretSet,
                               String displayName, String emailClaim, boolean requireVerifiedEmail,
                               boolean createsAccounts, boolean enabled, Instant updatedAt, String redirectUri) {
    }

    @GET
    @Operation(summary = "The institution's identity provider settings (404 when none is registered)")
    public ProviderView get(@PathParam("institutionId") String institutionId) {
        return view(federation.provider(caller.actor(), institutionId)
                .orElseThrow(() -> new NotFoundException("identity-provider", institutionId)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register or change the institution's identity provider; a blank clientSecret keeps the stored one")
    public ProviderView put(@PathParam("institutionId") String institutionId, @Valid @NotNull ProviderSettingsRequest r) {
        IdentityProvider provider = federation.configure(caller.actor(), institutionId, new IdentityProvider.Settings(
                r.issuer(), r.clientId(), r.clientSecret(), r.displayName(), r.emailClaim(),
                r.requireVerifiedEmail() == null || r.requireVerifiedEmail(), Boolean.TRUE.equals(r.createsAccounts()),
                r.enabled() == null || r.enabled()));
        return view(provider);
    }

    @DELETE
    @Operation(summary = "Remove the institution's identity provider")
    public Response delete(@PathParam("institutionId") String institutionId) {
        federation.remove(caller.actor(), institutionId);
        return Response.noContent().build();
    }

    private ProviderView view(IdentityProvider p) {
        return new ProviderView(p.id(), p.institution().id(), p.issuer(), p.clientId(), p.clientSecret() != null,
                p.displayName(), p.emailClaim(), p.requireVerifiedEmail(), p.createsAccounts(), p.enabled(),
                p.updatedAt(), publicAddress.ssoCallback(request).toString());
    }
}
