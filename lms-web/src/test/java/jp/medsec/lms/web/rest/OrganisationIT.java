package jp.medsec.lms.web.rest;

import jakarta.json.JsonObject;
import jp.medsec.lms.web.support.HttpSession;
import jp.medsec.lms.web.support.HttpSession.Reply;
import jp.medsec.lms.web.support.Organisation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Institutions keep their people and records to themselves; managers see only their own scope. */
class OrganisationIT {

    private static Organisation org;

    @BeforeAll
    static void build() {
        org = new Organisation();
    }

    private static Set<String> staffIds(Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return reply.array().getValuesAs(JsonObject.class).stream().map(s -> s.getString("id")).collect(Collectors.toSet());
    }

    @Test
    void aManagerSeesTheirInstitutionsStaffWithTrainingRecords() {
        Reply reply = org.managerA.session().get("/api/institutions/" + org.hospitalA + "/staff");
        Set<String> ids = staffIds(reply);
        assertTrue(ids.containsAll(Set.of(org.nurseA.id(), org.clerkA.id(), org.managerA.id())), ids.toString());
        assertFalse(ids.contains(org.staffB.id()));
        JsonObject nurse = reply.array().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("id").equals(org.nurseA.id())).findFirst().orElseThrow();
        assertEquals("看護部", nurse.getJsonObject("department").getString("name"));
        assertEquals(org.courseId, nurse.getJsonArray("courses").getJsonObject(0).getString("courseId"));
        assertTrue(nurse.getJsonArray("courses").getJsonObject(0).getJsonObject("progress").getBoolean("enrolled"));
        assertEquals(200, org.managerA.session().get("/api/staff/" + org.clerkA.id()).status());
    }

    @Test
    void aDepartmentManagerSeesOnlyTheirDepartment() {
        Set<String> ids = staffIds(org.nursingManagerA.session().get("/api/institutions/" + org.hospitalA + "/staff"));
        assertTrue(ids.contains(org.nurseA.id()));
        assertFalse(ids.contains(org.clerkA.id()), "医事課 is not theirs");
        assertEquals(404, org.nursingManagerA.session().get("/api/staff/" + org.clerkA.id()).status());
        assertEquals(404, org.nursingManagerA.session().post("/api/institutions/" + org.hospitalA + "/departments",
                "{\"name\":\"薬剤部\"}").status(), "only a manager of the whole institution adds departments");
        assertEquals(201, org.managerA.session().post("/api/institutions/" + org.hospitalA + "/departments",
                "{\"name\":\"薬剤部 " + UUID.randomUUID().toString().substring(0, 4) + "\"}").status());
    }

    @Test
    void anotherInstitutionsManagerLearnsNothingAboutThisOne() {
        HttpSession managerB = org.managerB.session();
        List<String> visible = managerB.get("/api/institutions").array().getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("id")).toList();
        assertEquals(List.of(org.clinicB), visible);
        for (String path : List.of("/api/institutions/" + org.hospitalA, "/api/institutions/" + org.hospitalA + "/staff",
                "/api/staff/" + org.nurseA.id(), "/api/institutions/" + UUID.randomUUID())) {
            Reply reply = managerB.get(path);
            assertEquals(404, reply.status(), path);
            assertFalse(reply.body().contains("看護"), "nothing about A leaks: " + reply.body());
        }
        assertEquals(Set.of(org.staffB.id(), org.managerB.id()), staffIds(managerB.get("/api/institutions/" + org.clinicB + "/staff")));
    }

    @Test
    void learnersAndTrainersHaveNoAccessToStaffRecords() {
        for (HttpSession s : List.of(org.nurseA.session(), org.trainer.session())) {
            assertEquals(403, s.get("/api/institutions/" + org.hospitalA + "/staff").status());
            assertEquals(403, s.get("/api/staff/" + org.nurseA.id()).status(), "not even one's own via the staff endpoint");
        }
    }

    @Test
    void aTrainerLimitedToATrackAuthorsOnlyThere() {
        String doc = """
                {"slug": "%s", "track": "%s", "title": {"ja": "限定"}, "summary": {"ja": "限定"}, "minutes": 10,
                 "modules": [{"title": {"ja": "章"}, "activities": [{"key": "p", "type": "page", "title": {"ja": "頁"},
                   "settings": {"markdown": "本文"}}]}]}""";
        String slug = "exe-only-" + UUID.randomUUID().toString().substring(0, 6);
        Reply elsewhere = org.exeTrainer.session().post("/api/courses", doc.formatted(slug, "STF"));
        assertEquals(403, elsewhere.status(), elsewhere.body());
        assertEquals("/problems/course.track-not-authorised", elsewhere.json().getString("type"));
        assertEquals(201, org.exeTrainer.session().post("/api/courses", doc.formatted(slug, "EXE")).status());
        assertEquals(201, org.trainer.session().post("/api/courses", doc.formatted(slug + "-all", "STF")).status());
    }

    @Test
    void roleChangesAreAuditedAndTheAuditLogCannotBeChanged() {
        String target = org.clerkA.id();
        assertEquals(200, org.admin.post("/api/learners/" + target + "/roles", "{\"role\":\"CERTIFICATE_ADMIN\"}").status());
        assertEquals(200, org.admin.send("DELETE", "/api/learners/" + target + "/roles?role=CERTIFICATE_ADMIN").status());
        var entries = org.admin.get("/api/audit?limit=50").array().getValuesAs(JsonObject.class);
        assertTrue(entries.stream().anyMatch(e -> e.getString("action").equals("role.granted") && target.equals(e.getString("subject", null))));
        assertTrue(entries.stream().anyMatch(e -> e.getString("action").equals("role.revoked") && target.equals(e.getString("subject", null))));
        assertTrue(entries.stream().anyMatch(e -> e.getString("action").equals("institution.created")));

        String id = entries.get(0).getString("id");
        for (String method : List.of("PUT", "DELETE", "PATCH")) {
            int status = org.admin.send(method, "/api/audit/" + id, "{}").status();
            assertTrue(status == 404 || status == 405, method + " " + status);
            assertEquals(405, org.admin.send(method, "/api/audit", "{}").status(), method);
        }
        assertEquals(403, org.nurseA.session().get("/api/audit").status());
        assertEquals(403, org.managerA.session().get("/api/audit").status());
    }

    @Test
    void anAdministratorCannotRemoveTheirOwnAdminRoleNorAnyonesLearnerRole() {
        String adminId = org.admin.get("/api/account/me").json().getString("id");
        assertEquals(400, org.admin.send("DELETE", "/api/learners/" + adminId + "/roles?role=ADMIN").status());
        assertEquals(400, org.admin.send("DELETE", "/api/learners/" + org.nurseA.id() + "/roles?role=LEARNER").status());
        Reply managerWithoutInstitution = org.admin.post("/api/learners/" + org.nurseA.id() + "/roles", "{\"role\":\"INSTITUTION_MANAGER\"}");
        assertEquals(400, managerWithoutInstitution.status());
        assertEquals("institutionId", managerWithoutInstitution.json().getJsonArray("violations").getJsonObject(0).getString("field"));
    }

    @Test
    void theCapabilitiesOfTheCallerComeWithTheirAccount() {
        var manager = org.managerA.session().get("/api/account/me").json().getJsonArray("capabilities").toString();
        assertTrue(manager.contains("staff.view") && !manager.contains("audit.view"), manager);
        var table = org.admin.get("/api/capabilities").array().getValuesAs(JsonObject.class);
        assertTrue(table.stream().anyMatch(c -> c.getString("id").equals("staff.view")));
    }
}
