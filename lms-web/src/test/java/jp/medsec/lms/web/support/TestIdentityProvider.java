package jp.medsec.lms.web.support;

import jakarta.json.Json;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * A local OpenID Connect issuer (navikt's mock-oauth2-server, from Maven Central) standing in for a hospital's
 * identity provider: real discovery, keys, signed ID tokens, PKCE checks. It logs in whoever the test says,
 * without a login form, so a test can walk the whole redirect flow over HTTP.
 */
public final class TestIdentityProvider implements AutoCloseable {

    private final MockOAuth2Server server = new MockOAuth2Server();
    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    public TestIdentityProvider() {
        server.start();
    }

    /** A fresh issuer on this server (each is its own provider with its own URL). */
    public String newIssuer() {
        return server.issuerUrl("idp-" + UUID.randomUUID().toString().substring(0, 8)).toString().replaceAll("/$", "");
    }

    /** The next login at {@code issuer} is this person, with these claims in the ID token. */
    public void nextLogin(String issuer, String subject, Map<String, Object> claims) {
        server.enqueueCallback(new DefaultOAuth2TokenCallback(issuerId(issuer), subject, "JWT", null, claims, 3600));
    }

    /** An institution whose staff log in through their own provider (a new issuer here). */
    public record Hospital(String id, String providerId, String issuer) {
    }

    /** Registers a new institution and, as the administrator, its identity provider at a new issuer. */
    public Hospital hospital(HttpSession admin, boolean createsAccounts) {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String id = admin.post("/api/institutions", "{\"name\":\"連携病院 " + tag + "\",\"prefectureCode\":13,\"kind\":\"HOSPITAL\",\"beds\":120}")
                .json().getString("id");
        String issuer = newIssuer();
        HttpSession.Reply put = admin.send("PUT", "/api/institutions/" + id + "/identity-provider", settings(issuer, createsAccounts, true));
        if (put.status() != 200) {
            throw new AssertionError("identity provider not registered: " + put);
        }
        return new Hospital(id, put.json().getString("id"), issuer);
    }

    public static String settings(String issuer, boolean createsAccounts, boolean enabled) {
        return Json.createObjectBuilder().add("issuer", issuer).add("clientId", "lms-test-client")
                .add("clientSecret", "s3cret-" + UUID.randomUUID()).add("displayName", "院内アカウント")
                .add("createsAccounts", createsAccounts).add("enabled", enabled).build().toString();
    }

    /** A person registered with a password and placed in the institution by the administrator; their id. */
    public String staff(HttpSession admin, String institutionId, String email) {
        HttpSession.Reply r = new HttpSession().post("/api/account/register", Json.createObjectBuilder().add("email", email)
                .add("password", Organisation.PASSWORD).add("fullName", "連携 職員").add("jobCategory", "NURSE").build().toString());
        if (r.status() != 201) {
            throw new AssertionError("registration failed: " + r);
        }
        String id = r.json().getString("id");
        HttpSession.Reply placed = admin.send("PUT", "/api/learners/" + id + "/affiliation", "{\"institutionId\":\"" + institutionId + "\"}");
        if (placed.status() != 200) {
            throw new AssertionError("not placed: " + placed);
        }
        return id;
    }

    /** Follows the LMS's redirect to the provider; the provider answers with the redirect back to the LMS. */
    public URI authorize(String location) {
        try {
            HttpResponse<String> r = browser.send(HttpRequest.newBuilder(URI.create(location)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 302) {
                throw new AssertionError("the provider did not redirect back: " + r.statusCode() + " " + r.body());
            }
            return URI.create(r.headers().firstValue("Location").orElseThrow());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String issuerId(String issuer) {
        return issuer.substring(issuer.lastIndexOf('/') + 1);
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
