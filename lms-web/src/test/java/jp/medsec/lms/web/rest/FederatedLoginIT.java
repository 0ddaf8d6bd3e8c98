package jp.medsec.lms.web.rest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jp.medsec.lms.web.support.HttpSession;
import jp.medsec.lms.web.support.HttpSession.Reply;
import jp.medsec.lms.web.support.TestIdentityProvider;
import jp.medsec.lms.web.support.TestIdentityProvider.Hospital;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Login through an institution's OpenID Connect provider, against a real local issuer: the whole redirect flow
 * over HTTP as a browser makes it, and every way it must refuse.
 */
class FederatedLoginIT {

    private static final HttpSession admin = HttpSession.administrator();
    private static TestIdentityProvider idp;

    @BeforeAll
    static void start() {
        idp = new TestIdentityProvider();
    }

    @AfterAll
    static void stop() {
        idp.close();
    }

    private static String email() {
        return "sso-" + UUID.randomUUID() + "@hospital.example.jp";
    }

    /** The browser's round trip: LMS → provider → LMS callback; returns where the callback sends the browser. */
    private static String loginThrough(HttpSession browser, Hospital h, String next) {
        Reply start = browser.get("/api/sso/" + h.providerId() + "/login" + (next == null ? "" : "?next=" + next));
        assertEquals(303, start.status(), start.toString());
        String location = start.header("Location");
        assertTrue(location.startsWith(h.issuer() + "/authorize?"), location);
        assertTrue(location.contains("code_challenge_method=S256") && location.contains("nonce="), "PKCE and nonce: " + location);
        URI back = idp.authorize(location);
        Reply callback = browser.get(back.getRawPath() + "?" + back.getRawQuery());
        assertEquals(303, callback.status(), callback.toString());
        return callback.header("Location");
    }

    /** The browser is sent to the login page, which shows the reason. */
    private static void assertRefused(String reason, String location) {
        assertEquals(HttpSession.BASE + "/login.html?sso=" + reason, location);
    }

    private static Map<String, Object> claims(String email, boolean verified) {
        return Map.of("email", email, "email_verified", verified, "name", "連携 花子");
    }

    @Test
    void staffMemberLogsInWithTheInstitutionsAccountAndStaysLinkedBySubject() {
        Hospital h = idp.hospital(admin, false);
        String email = email();
        String learnerId = idp.staff(admin, h.id(), email);
        HttpSession browser = new HttpSession();
        idp.nextLogin(h.issuer(), "subject-1", claims(email.toUpperCase(), true));
        assertEquals(HttpSession.BASE + "/me.html", loginThrough(browser, h, "/me.html"));
        JsonObject me = browser.get("/api/account/me").json();
        assertEquals(learnerId, me.getString("id"));

        // The provider's e-mail changes later (a new domain): the link by issuer and subject still finds them.
        HttpSession again = new HttpSession();
        idp.nextLogin(h.issuer(), "subject-1", claims("renamed-" + email, true));
        loginThrough(again, h, null);
        assertEquals(learnerId, again.get("/api/account/me").json().getString("id"));

        Reply audit = admin.get("/api/audit?action=identity.linked");
        assertTrue(audit.body().contains(learnerId), audit.body());
    }

    @Test
    void someoneNotOnTheStaffListIsRefusedUnlessTheProviderCreatesAccounts() {
        Hospital closed = idp.hospital(admin, false);
        HttpSession browser = new HttpSession();
        idp.nextLogin(closed.issuer(), "newcomer", claims(email(), true));
        assertTrue(loginThrough(browser, closed, null).equals(HttpSession.BASE + "/login.html?sso=federation.not-staff"));
        assertEquals(401, browser.get("/api/account/me").status());

        Hospital open = idp.hospital(admin, true);
        String email = email();
        idp.nextLogin(open.issuer(), "newcomer", claims(email, true));
        loginThrough(browser, open, null);
        JsonObject me = browser.get("/api/account/me").json();
        assertEquals(email, me.getString("email"));
        assertEquals("連携 花子", me.getString("fullName"));
        // The new account is on the institution's staff list, where its manager sees it.
        assertTrue(admin.get("/api/institutions/" + open.id() + "/staff").body().contains(email));
    }

    @Test
    void aProviderCannotOpenAccountsOutsideItsInstitution() {
        Hospital a = idp.hospital(admin, true);
        Hospital b = idp.hospital(admin, true);
        String emailOfB = email();
        idp.staff(admin, b.id(), emailOfB);
        HttpSession browser = new HttpSession();
        // A's provider (even one that creates accounts) claims an e-mail of B's staff: refused, nothing linked.
        idp.nextLogin(a.issuer(), "impostor", claims(emailOfB, true));
        assertRefused("federation.not-staff", loginThrough(browser, a, null));
        assertEquals(401, browser.get("/api/account/me").status());

        // Nor an individual account (no institution) with that e-mail.
        String individual = new HttpSession().registerLearner("個人 受講者").getString("email");
        idp.nextLogin(a.issuer(), "impostor-2", claims(individual, true));
        assertRefused("federation.not-staff", loginThrough(browser, a, null));
        assertEquals(401, browser.get("/api/account/me").status());
    }

    @Test
    void unverifiedEmailAndPrivilegedAccountsAreRefused() {
        Hospital h = idp.hospital(admin, false);
        String email = email();
        String id = idp.staff(admin, h.id(), email);
        HttpSession browser = new HttpSession();
        idp.nextLogin(h.issuer(), "unverified", claims(email, false));
        assertRefused("federation.email-unverified", loginThrough(browser, h, null));

        // A trainer's rights reach beyond the institution: password and authenticator code only.
        assertEquals(200, admin.post("/api/learners/" + id + "/roles", "{\"role\":\"TRAINER\"}").status());
        idp.nextLogin(h.issuer(), "trainer", claims(email, true));
        assertRefused("federation.privileged", loginThrough(browser, h, null));
        assertEquals(401, browser.get("/api/account/me").status());
        Reply failures = admin.get("/api/audit?action=login.failed");
        assertTrue(failures.body().contains("OpenID Connect"), failures.body());
    }

    @Test
    void forgedReplayedOrMisaddressedAnswersLogNobodyIn() {
        Hospital h = idp.hospital(admin, false);
        String email = email();
        idp.staff(admin, h.id(), email);

        // A callback the browser never started (login CSRF), and one with a state of another login.
        HttpSession stranger = new HttpSession();
        Reply unsolicited = stranger.get("/api/sso/callback?code=abc&state=xyz");
        assertEquals(303, unsolicited.status());
        assertRefused("federation.expired", unsolicited.header("Location"));
        stranger.get("/api/sso/" + h.providerId() + "/login");
        Reply wrongState = stranger.get("/api/sso/callback?code=abc&state=not-the-state");
        assertRefused("federation.refused", wrongState.header("Location"));

        // A real answer used twice: the second finds no pending login.
        HttpSession browser = new HttpSession();
        idp.nextLogin(h.issuer(), "once", claims(email, true));
        Reply start = browser.get("/api/sso/" + h.providerId() + "/login");
        URI back = idp.authorize(start.header("Location"));
        String callback = back.getRawPath() + "?" + back.getRawQuery();
        assertEquals("/", URI.create(browser.get(callback).header("Location")).getPath());
        HttpSession attacker = new HttpSession();
        assertRefused("federation.expired", attacker.get(callback).header("Location"));
        assertEquals(401, attacker.get("/api/account/me").status());

        // The provider refusing (the person cancelled) comes back as a reason, not an error page.
        HttpSession cancelled = new HttpSession();
        String state = URI.create(cancelled.get("/api/sso/" + h.providerId() + "/login").header("Location")).getRawQuery()
                .replaceAll(".*state=([^&]+).*", "$1");
        Reply denied = cancelled.get("/api/sso/callback?error=access_denied&state=" + state);
        assertRefused("federation.cancelled", denied.header("Location"));
    }

    @Test
    void afterLoginTheBrowserGoesOnlyToPagesOfThisSite() {
        Hospital h = idp.hospital(admin, false);
        String email = email();
        idp.staff(admin, h.id(), email);
        for (String next : new String[]{"https://evil.example/phish", "//evil.example/", "/\\evil.example"}) {
            HttpSession browser = new HttpSession();
            idp.nextLogin(h.issuer(), "next-" + next.length(), claims(email, true));
            String location = loginThrough(browser, h, java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8));
            URI target = URI.create(location);
            assertEquals(URI.create(HttpSession.BASE).getAuthority(), target.getAuthority(), location);
            assertEquals("/", target.getPath(), location);
        }
    }

    @Test
    void anUnreachableOrDisabledProviderSaysSoOnTheLoginPage() {
        Hospital h = idp.hospital(admin, false);
        assertEquals(200, admin.send("PUT", "/api/institutions/" + h.id() + "/identity-provider",
                TestIdentityProvider.settings("http://127.0.0.1:9/nothing-listens-here", false, true)).status());
        HttpSession browser = new HttpSession();
        assertRefused("federation.unavailable", browser.get("/api/sso/" + h.providerId() + "/login").header("Location"));

        Reply listed = new HttpSession().get("/api/sso/providers");
        assertTrue(listed.body().contains(h.providerId()), listed.toString());
        assertEquals(200, admin.send("PUT", "/api/institutions/" + h.id() + "/identity-provider",
                TestIdentityProvider.settings(h.issuer(), false, false)).status());
        assertFalse(new HttpSession().get("/api/sso/providers").body().contains(h.providerId()));
        assertRefused("federation.unknown-provider", browser.get("/api/sso/" + h.providerId() + "/login").header("Location"));
    }

    @Test
    void administratorsManageProvidersAndNeverSeeTheSecretAgain() {
        Hospital h = idp.hospital(admin, false);
        String path = "/api/institutions/" + h.id() + "/identity-provider";
        JsonObject view = admin.get(path).json();
        assertTrue(view.getBoolean("clientSecretSet"));
        assertFalse(view.containsKey("clientSecret"));
        assertEquals(HttpSession.BASE + "/api/sso/callback", view.getString("redirectUri"));

        // Changing the name with a blank secret keeps the secret (the login still works).
        Reply renamed = admin.send("PUT", path, Json.createObjectBuilder().add("issuer", h.issuer())
                .add("clientId", "lms-test-client").add("clientSecret", "").add("displayName", "電子カルテID").build().toString());
        assertEquals(200, renamed.status(), renamed.toString());
        assertEquals("電子カルテID", renamed.json().getString("displayName"));
        assertTrue(renamed.json().getBoolean("clientSecretSet"));

        // Every problem at once; a plain-http issuer elsewhere than this machine is refused.
        Reply bad = admin.send("PUT", path, "{\"issuer\":\"http://idp.example.jp/realms/a\",\"clientId\":\"\",\"displayName\":\"x\",\"emailClaim\":\"e mail\"}");
        assertEquals(400, bad.status());
        assertTrue(bad.isProblem());
        String fields = bad.json().getJsonArray("violations").toString();
        assertTrue(fields.contains("\"issuer\"") && fields.contains("\"clientId\"") && fields.contains("\"emailClaim\""), fields);
        assertEquals("電子カルテID", admin.get(path).json().getString("displayName"), "a refused change leaves the settings as they were");

        assertEquals(204, admin.send("DELETE", path).status());
        Reply gone = admin.get(path);
        assertEquals(404, gone.status());
        assertTrue(gone.isProblem());
    }
}
