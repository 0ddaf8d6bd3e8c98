package jp.medsec.lms.web.rest.certificates;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jp.medsec.lms.web.support.Courses;
import jp.medsec.lms.web.support.HttpSession;
import jp.medsec.lms.web.support.HttpSession.Reply;
import jp.medsec.lms.web.support.Organisation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Managers see which of their staff's certificates expire soon, and only their own staff's: a course whose certificates
 * are valid for one month issues certificates that already fall in the test server's renewal window (40 days,
 * extra-it.xml); a twelve-month course's do not. Learners see the same mark on their own certificates.
 */
class CertificateRenewalListIT {

    private static Set<String> learners(JsonArray certificates) {
        return certificates.stream().map(JsonValue::asJsonObject).map(c -> c.getString("learnerId")).collect(Collectors.toSet());
    }

    private static List<JsonObject> of(JsonArray certificates, String learnerId) {
        return certificates.stream().map(JsonValue::asJsonObject).filter(c -> c.getString("learnerId").equals(learnerId)).toList();
    }

    @Test
    void managersListTheirOwnStaffsCertificatesThatExpireSoon() {
        Organisation org = new Organisation();
        Courses.OnePage monthly = Courses.onePage("月次更新の講座", "{\"validityMonths\":1}");
        Courses.OnePage yearly = Courses.onePage("年次更新の講座", "{\"validityMonths\":12}");
        Courses.complete(org.nurseA.session(), monthly);
        Courses.complete(org.clerkA.session(), monthly);
        Courses.complete(org.clerkA.session(), yearly);
        Courses.complete(org.staffB.session(), monthly);

        String listA = "/api/institutions/" + org.hospitalA + "/certificates";
        JsonArray all = org.managerA.session().get(listA).array();
        assertEquals(3, all.size(), all.toString());
        JsonObject clerksYearly = of(all, org.clerkA.id()).stream().filter(c -> c.getString("courseId").equals(yearly.courseId()))
                .findFirst().orElseThrow();
        assertFalse(clerksYearly.containsKey("renewal"), "a certificate valid for a year is not flagged: " + clerksYearly);
        assertEquals("EXPIRES_SOON", of(all, org.nurseA.id()).get(0).getString("renewal"));

        Reply due = org.managerA.session().get(listA + "?renewalDue=true");
        assertEquals(200, due.status(), due.toString());
        assertEquals(Set.of(org.nurseA.id(), org.clerkA.id()), learners(due.array()), "A's staff with a one-month certificate");
        assertEquals(2, due.array().size(), due.body());
        due.array().forEach(c -> assertEquals("EXPIRES_SOON", c.asJsonObject().getString("renewal")));
        due.array().forEach(c -> assertEquals("VALID", c.asJsonObject().getString("standing"), "still valid, so there is time"));

        // A department manager: their department only. Another institution's manager: nothing of A's.
        assertEquals(Set.of(org.nurseA.id()), learners(org.nursingManagerA.session().get(listA + "?renewalDue=true").array()));
        Reply other = org.managerB.session().get(listA + "?renewalDue=true");
        assertEquals(404, other.status(), other.toString());
        assertEquals(Set.of(org.staffB.id()), learners(org.managerB.session()
                .get("/api/institutions/" + org.clinicB + "/certificates?renewalDue=true").array()));
        assertEquals(403, org.nurseA.session().get(listA + "?renewalDue=true").status(), "a learner is not a manager");

        // The holder sees the mark on their own certificate too.
        JsonArray mine = org.clerkA.session().get("/api/me/certificates").array();
        assertEquals(2, mine.size());
        mine.stream().map(JsonValue::asJsonObject).forEach(c -> assertEquals(c.getString("courseId").equals(monthly.courseId()),
                "EXPIRES_SOON".equals(c.getString("renewal", null)), c.toString()));
        HttpSession anonymous = new HttpSession();
        assertEquals(401, anonymous.get(listA + "?renewalDue=true").status());
    }
}
