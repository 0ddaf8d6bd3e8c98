package jp.medsec.lms.web.security.oidc;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import org.junit.jupiter.api.Test;

import java.util.Date;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The ID-token checks that stand between a provider's answer and a session. */
class OidcClientTest {

    private static final String ISSUER = "https://idp.hospital.example.jp/realms/staff";
    private static final String CLIENT = "lms";
    private static final Nonce NONCE = new Nonce("nonce-of-this-login");

    private final RSAKey providerKey = key("provider");
    private final IDTokenValidator validator = OidcClient.validator(new Issuer(ISSUER), new ClientID(CLIENT),
            new ImmutableJWKSet<>(new JWKSet(providerKey.toPublicJWK())));

    private static RSAKey key(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWTClaimsSet.Builder claims() {
        Date now = new Date();
        return new JWTClaimsSet.Builder().issuer(ISSUER).subject("staff-42").audience(CLIENT).issueTime(now)
                .expirationTime(new Date(now.getTime() + 300_000)).claim("nonce", NONCE.getValue())
                .claim("email", "kango@hospital.example.jp");
    }

    private static JWT signed(RSAKey key, UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                change.apply(claims()).build());
        jwt.sign(new RSASSASigner(key));
        return jwt;
    }

    @Test
    void aTokenFromTheProviderForThisLoginIsAccepted() throws Exception {
        assertEquals("staff-42", validator.validate(signed(providerKey, c -> c), NONCE).getSubject().getValue());
    }

    @Test
    void aTokenForAnotherApplicationIsRefused() throws Exception {
        JWT token = signed(providerKey, c -> c.audience("another-client"));
        assertThrows(BadJOSEException.class, () -> validator.validate(token, NONCE));
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() throws Exception {
        JWT token = signed(providerKey, c -> c.issuer("https://idp.other-hospital.example.jp"));
        assertThrows(BadJOSEException.class, () -> validator.validate(token, NONCE));
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        JWT token = signed(providerKey, c -> c.issueTime(new Date(System.currentTimeMillis() - 3_600_000))
                .expirationTime(new Date(System.currentTimeMillis() - 600_000)));
        assertThrows(BadJOSEException.class, () -> validator.validate(token, NONCE));
    }

    @Test
    void aTokenOfAnotherLoginIsRefused() throws Exception {
        JWT token = signed(providerKey, c -> c);
        assertThrows(BadJOSEException.class, () -> validator.validate(token, new Nonce("nonce-of-another-login")));
    }

    @Test
    void aTokenSignedWithAKeyTheProviderDoesNotPublishIsRefused() throws Exception {
        RSAKey attacker = new RSAKeyGenerator(2048).keyID("provider").generate();
        JWT token = signed(attacker, c -> c);
        assertThrows(BadJOSEException.class, () -> validator.validate(token, NONCE));
    }

    @Test
    void unsignedTokensAndTokensSignedWithTheClientSecretAreRefused() throws Exception {
        assertThrows(BadJOSEException.class, () -> validator.validate(new PlainJWT(claims().build()), NONCE));
        SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims().build());
        hmac.sign(new MACSigner("a-client-secret-that-is-at-least-256-bits-long!!"));
        assertThrows(BadJOSEException.class, () -> validator.validate(hmac, NONCE));
    }
}
