package jp.medsec.lms.web.security.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.medsec.lms.core.domain.model.federation.FederatedClaims;
import jp.medsec.lms.core.domain.model.federation.IdentityProvider;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Talks to an institution's identity provider. Discovery documents and signing keys are cached per provider and
 * settings version for an hour, so a login costs one token request; a provider that cannot be reached gives a
 * clear "unavailable" instead of a hung page (5-second timeouts).
 */
@ApplicationScoped
public class OidcClient {

    private static final Logger LOG = Logger.getLogger(OidcClient.class.getName());
    private static final int TIMEOUT_MS = 5_000;
    private static final Duration CACHE_FOR = Duration.ofHours(1);
    /** Pending logins older than this are refused: the person started long ago, or someone replays a callback. */
    static final Duration PENDING_FOR = Duration.ofMinutes(10);
    /** Signatures accepted on ID tokens; "none" and HMAC with the client secret are not. */
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256, JWSAlgorithm.ES384,
            JWSAlgorithm.ES512, JWSAlgorithm.EdDSA);

    @Inject
    Clock clock;

    private final Map<String, Discovered> cache = new ConcurrentHashMap<>();

    private record Discovered(long version, OIDCProviderMetadata metadata, IDTokenValidator validator, long fetchedAtMillis) {
    }

    /** The redirect to the provider's login page, and what must be kept to check the answer. */
    public record Start(URI location, PendingLogin pending) {
    }

    public Start begin(IdentityProvider provider, URI redirectUri, String next) {
        OIDCProviderMetadata metadata = discovered(provider).metadata();
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        AuthenticationRequest request = new AuthenticationRequest.Builder(ResponseType.CODE,
                new Scope("openid", "email", "profile"), new ClientID(provider.clientId()), redirectUri)
                .endpointURI(metadata.getAuthorizationEndpointURI())
                .state(state).nonce(nonce).codeChallenge(verifier, CodeChallengeMethod.S256).build();
        return new Start(request.toURI(), new PendingLogin(provider.id(), provider.version(), state.getValue(),
                nonce.getValue(), verifier.getValue(), next, clock.instant()));
    }

    /**
     * Checks the provider's answer at {@code callbackUri} against the pending login, redeems the code and
     * validates the ID token (signature from the provider's published keys, issuer, audience, expiry, nonce).
     */
    public FederatedClaims finish(IdentityProvider provider, PendingLogin pending, URI callbackUri, URI redirectUri) {
        if (pending.startedAt().plus(PENDING_FOR).isBefore(clock.instant())) {
            throw new OidcLoginException("federation.expired", "The login was started more than 10 minutes ago");
        }
        AuthenticationResponse response;
        try {
            response = AuthenticationResponseParser.parse(callbackUri);
        } catch (ParseException e) {
            throw new OidcLoginException("federation.refused", "The provider's answer could not be read", e);
        }
        if (response.getState() == null || !response.getState().getValue().equals(pending.state())) {
            throw new OidcLoginException("federation.refused", "The answer does not belong to this browser's login (state)");
        }
        if (!response.indicatesSuccess()) {
            AuthenticationErrorResponse error = response.toErrorResponse();
            String code = "access_denied".equals(error.getErrorObject().getCode()) ? "federation.cancelled" : "federation.refused";
            throw new OidcLoginException(code, "The provider answered " + error.getErrorObject().getCode());
        }
        var code = response.toSuccessResponse().getAuthorizationCode();
        if (code == null) {
            throw new OidcLoginException("federation.refused", "The provider's answer has no authorization code");
        }
        Discovered discovered = discovered(provider);
        TokenRequest tokenRequest = new TokenRequest(discovered.metadata().getTokenEndpointURI(),
                new ClientSecretBasic(new ClientID(provider.clientId()), new Secret(provider.clientSecret())),
                new AuthorizationCodeGrant(code, redirectUri, new CodeVerifier(pending.codeVerifier())));
        JWT idToken;
        try {
            HTTPRequest http = tokenRequest.toHTTPRequest();
            http.setConnectTimeout(TIMEOUT_MS);
            http.setReadTimeout(TIMEOUT_MS);
            TokenResponse tokens = OIDCTokenResponseParser.parse(http.send());
            if (!tokens.indicatesSuccess()) {
                throw new OidcLoginException("federation.refused",
                        "The token endpoint refused the code: " + tokens.toErrorResponse().getErrorObject().getCode());
            }
            idToken = ((OIDCTokenResponse) tokens.toSuccessResponse()).getOIDCTokens().getIDToken();
        } catch (IOException e) {
            throw new OidcLoginException("federation.unavailable", "The provider's token endpoint cannot be reached", e);
        } catch (ParseException | ClassCastException e) {
            throw new OidcLoginException("federation.refused", "The token endpoint's answer is not an OpenID Connect answer", e);
        }
        IDTokenClaimsSet claims;
        try {
            claims = discovered.validator().validate(idToken, new Nonce(pending.nonce()));
        } catch (BadJOSEException | JOSEException e) {
            LOG.log(Level.WARNING, "ID token from " + provider.issuer() + " refused: " + e.getMessage());
            throw new OidcLoginException("federation.refused", "The ID token is not valid: " + e.getMessage(), e);
        }
        return new FederatedClaims(claims.getIssuer().getValue(), claims.getSubject().getValue(),
                stringClaim(claims, provider.emailClaim()), verified(claims.getClaim("email_verified")), name(claims));
    }

    private static String stringClaim(IDTokenClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value instanceof String s ? s : null;
    }

    /** Some providers send {@code "true"} as a string. */
    private static boolean verified(Object value) {
        return Boolean.TRUE.equals(value) || "true".equals(value);
    }

    /** The display name; Japanese order (family name first) when only the parts are given. */
    private static String name(IDTokenClaimsSet claims) {
        String name = stringClaim(claims, "name");
        if (name != null && !name.isBlank()) {
            return name;
        }
        String family = stringClaim(claims, "family_name");
        String given = stringClaim(claims, "given_name");
        String joined = ((family == null ? "" : family) + " " + (given == null ? "" : given)).strip();
        return joined.isEmpty() ? null : joined;
    }

    /**
     * Checks an ID token: signed (asymmetric algorithms only) by a key the provider publishes, issued by the
     * provider, addressed to us, not expired (60 s clock skew), and carrying the nonce of this login.
     */
    static IDTokenValidator validator(Issuer issuer, ClientID clientId, JWKSource<SecurityContext> keys) {
        return new IDTokenValidator(issuer, clientId, new JWSVerificationKeySelector<>(ALGORITHMS, keys), null);
    }

    private Discovered discovered(IdentityProvider provider) {
        Discovered known = cache.get(provider.id());
        long now = clock.millis();
        if (known != null && known.version() == provider.version() && now - known.fetchedAtMillis() < CACHE_FOR.toMillis()) {
            return known;
        }
        try {
            OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(new Issuer(provider.issuer()), TIMEOUT_MS, TIMEOUT_MS);
            URL jwks = metadata.getJWKSetURI().toURL();
            JWKSource<SecurityContext> keys = JWKSourceBuilder.create(jwks,
                    new DefaultResourceRetriever(TIMEOUT_MS, TIMEOUT_MS, 512 * 1024)).build();
            IDTokenValidator validator = validator(metadata.getIssuer(), new ClientID(provider.clientId()), keys);
            Discovered fresh = new Discovered(provider.version(), metadata, validator, now);
            cache.put(provider.id(), fresh);
            return fresh;
        } catch (IOException | com.nimbusds.oauth2.sdk.GeneralException | RuntimeException e) {
            LOG.log(Level.WARNING, "OpenID Connect discovery failed for " + provider.issuer() + ": " + e);
            throw new OidcLoginException("federation.unavailable", "The identity provider cannot be reached", e);
        }
    }
}
