package jp.medsec.lms.web.rest;

import jp.medsec.lms.web.support.HttpSession;
import jp.medsec.lms.web.support.HttpSession.Reply;
import jp.medsec.lms.web.support.Organisation;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Repeated failures slow an account down without saying whether it exists; forged cross-site requests fail. */
class LoginSecurityIT {

    private static Reply login(String email, String password) {
        return new HttpSession().post("/api/account/login", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    }

    @Test
    void afterFiveFailuresEvenTheRightPasswordWaitsAndUnknownAccountsBehaveTheSame() {
        String email = new HttpSession().registerLearner("総当たり 対象").getString("email");
        String unknown = "ghost-" + UUID.randomUUID() + "@example.jp";
        for (int i = 0; i < 5; i++) {
            assertEquals(401, login(email, "wrong password " + i).status());
            assertEquals(401, login(unknown, "wrong password " + i).status());
        }
        assertEquals(401, login(email, "wrong password 6").status(), "the sixth failure is still checked");
        assertEquals(401, login(unknown, "wrong password 6").status());
        Reply blocked = login(email, Organisation.PASSWORD);
        Reply blockedUnknown = login(unknown, Organisation.PASSWORD);
        assertEquals(429, blocked.status(), blocked.body());
        assertEquals(429, blockedUnknown.status());
        assertEquals("/problems/auth.too-many-attempts", blocked.json().getString("type"));
        assertEquals(blocked.json().getString("detail").replaceAll("\\d+", "N"),
                blockedUnknown.json().getString("detail").replaceAll("\\d+", "N"), "the same answer either way");
        assertTrue(Integer.parseInt(blocked.header("Retry-After")) > 0 && blocked.json().getString("detail").contains("秒"));

        var failures = HttpSession.administrator().get("/api/audit?action=login.failed&limit=100").array();
        assertTrue(failures.toString().contains(email), "failed logins are audited with the e-mail tried");
    }

    @Test
    void aStateChangingRequestWithoutOurHeaderIsRefused() {
        HttpSession learner = new HttpSession();
        learner.registerLearner("看護 花子");
        String course = new HttpSession().get("/api/tracks/STF").json().getJsonArray("courses").getJsonObject(0).getString("id");
        HttpSession forged = learner.withoutCsrfHeader();
        Reply reply = forged.post("/api/courses/" + course + "/enrolment", "{}");
        assertEquals(403, reply.status(), reply.body());
        assertEquals("/problems/csrf.rejected", reply.json().getString("type"));
        assertEquals(200, forged.get("/api/courses/" + course + "/progress").status(), "reading needs no header");
        assertEquals(403, new HttpSession().withoutCsrfHeader().post("/api/account/login",
                "{\"email\":\"a@example.jp\",\"password\":\"whatever it is\"}").status(), "no login CSRF either");
    }
}
