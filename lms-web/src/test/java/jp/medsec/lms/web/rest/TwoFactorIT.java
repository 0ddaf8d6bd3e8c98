package jp.medsec.lms.web.rest;

import jakarta.json.JsonObject;
import jp.medsec.lms.core.domain.model.learner.Totp;
import jp.medsec.lms.web.support.HttpSession;
import jp.medsec.lms.web.support.HttpSession.Reply;
import jp.medsec.lms.web.support.Organisation;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** TOTP two-factor authentication: optional for learners, required before administrators get their rights. */
class TwoFactorIT {

    private static String code(String secret, int stepsAhead) {
        return Totp.code(secret, Totp.step(Instant.now()) + stepsAhead);
    }

    private static Reply login(String email, String code) {
        return new HttpSession().post("/api/account/login", "{\"email\":\"" + email + "\",\"password\":\"" + Organisation.PASSWORD
                + "\"" + (code == null ? "" : ",\"code\":\"" + code + "\"") + "}");
    }

    @Test
    void aLearnerTurnsItOnAndThenNeedsACodeThatWorksOnce() {
        HttpSession learner = new HttpSession();
        String email = learner.registerLearner("看護 花子").getString("email");
        JsonObject setup = learner.post("/api/account/two-factor", "{}").json();
        String secret = setup.getString("secret");
        assertTrue(setup.getString("uri").startsWith("otpauth://totp/") && setup.getString("uri").contains("secret=" + secret));
        var qr = setup.getJsonArray("qr");
        assertEquals(qr.size(), qr.getString(0).length(), "a square QR matrix");

        Reply wrong = learner.post("/api/account/two-factor/confirm", "{\"code\":\"000000\"}");
        assertEquals(400, wrong.status());
        assertEquals("code", wrong.json().getJsonArray("violations").getJsonObject(0).getString("field"));
        Reply on = learner.post("/api/account/two-factor/confirm", "{\"code\":\"" + code(secret, 0) + "\"}");
        assertEquals(200, on.status(), on.body());
        assertTrue(on.json().getBoolean("twoFactorEnabled"));

        Reply noCode = login(email, null);
        assertEquals(401, noCode.status());
        assertEquals("/problems/auth.code-required", noCode.json().getString("type"));
        assertEquals("/problems/auth.code-invalid", login(email, "123456").json().getString("type"));
        String next = code(secret, 1);
        assertEquals(200, login(email, next).status(), "a code from the next step is accepted (clock drift)");
        assertEquals("/problems/auth.code-invalid", login(email, next).json().getString("type"), "never twice");
        assertEquals(401, new HttpSession().post("/api/account/login",
                "{\"email\":\"" + email + "\",\"password\":\"wrong password 99\",\"code\":\"" + next + "\"}").status());
    }

    @Test
    void anAdministratorWithoutTwoFactorHasOnlyALearnersRightsUntilItIsSetUp() {
        HttpSession admin = HttpSession.administrator();
        HttpSession newcomer = new HttpSession();
        JsonObject account = newcomer.registerLearner("新任 管理者");
        assertEquals(200, admin.post("/api/learners/" + account.getString("id") + "/roles", "{\"role\":\"ADMIN\"}").status());

        HttpSession session = new HttpSession();
        Reply login = session.post("/api/account/login", "{\"email\":\"" + account.getString("email") + "\",\"password\":\""
                + Organisation.PASSWORD + "\"}");
        assertEquals(200, login.status());
        assertTrue(login.json().getBoolean("twoFactorSetupRequired"));
        assertFalse(login.json().getJsonArray("capabilities").toString().contains("audit.view"));
        assertEquals(403, session.get("/api/audit").status());

        String secret = session.post("/api/account/two-factor", "{}").json().getString("secret");
        Reply confirmed = session.post("/api/account/two-factor/confirm", "{\"code\":\"" + code(secret, 0) + "\"}");
        assertEquals(200, confirmed.status());
        assertFalse(confirmed.json().getBoolean("twoFactorSetupRequired"));
        assertEquals(200, session.get("/api/audit").status(), "the same session now has the administrator's rights");
        var enabled = admin.get("/api/audit?action=two-factor.enabled").body();
        assertTrue(enabled.contains(account.getString("id")), "audited");
    }
}
