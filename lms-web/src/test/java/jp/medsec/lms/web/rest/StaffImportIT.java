package jp.medsec.lms.web.rest;

import jakarta.json.JsonObject;
import jp.medsec.lms.web.support.HttpSession;
import jp.medsec.lms.web.support.HttpSession.Reply;
import jp.medsec.lms.web.support.Organisation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A manager imports the staff list Excel saved, checks it first, and the staff set their own passwords. */
class StaffImportIT {

    private static final Charset SHIFT_JIS = Charset.forName("windows-31j");
    private static Organisation org;

    @BeforeAll
    static void build() {
        org = new Organisation();
    }

    private static String importPath(String institution, boolean dryRun) {
        return "/api/institutions/" + institution + "/staff/import" + (dryRun ? "?dryRun=true" : "");
    }

    private static int staffCount(HttpSession manager, String institution) {
        return manager.get("/api/institutions/" + institution + "/staff").array().size();
    }

    @Test
    void aFileWithErrorsIsReportedLineByLineAndNothingIsImportedUntilItIsClean() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String csv = "メールアドレス,氏名,フリガナ,職種,部署\n"
                + "ok-" + tag + "@example.jp,正しい 行,タダシイ ギョウ,看護師,看護部\n"
                + "broken-address,悪い 行,,看護師,\n"
                + "ok-" + tag + "@example.jp,重複 行,,医師,\n"
                + "x-" + tag + "@example.jp,部署 違い,,事務,放射線科\n"
                + org.staffB.email() + ",他院 職員,,事務,\n";
        byte[] bytes = csv.getBytes(SHIFT_JIS);
        HttpSession manager = org.managerA.session();
        int before = staffCount(manager, org.hospitalA);

        Reply dry = manager.postBytes(importPath(org.hospitalA, true), bytes, "text/csv");
        assertEquals(200, dry.status(), dry.body());
        JsonObject report = dry.json();
        assertEquals("Shift_JIS", report.getString("encoding"));
        assertFalse(report.getBoolean("clean"));
        var lines = report.getJsonArray("problems").getValuesAs(JsonObject.class).stream().map(p -> p.getInt("line")).toList();
        assertEquals(List.of(3, 4, 5, 6), lines);
        assertTrue(report.getJsonArray("problems").getJsonObject(1).getString("message").contains("2行目"), report.toString());

        Reply real = manager.postBytes(importPath(org.hospitalA, false), bytes, "text/csv");
        assertEquals(400, real.status());
        assertEquals("/problems/staff.csv.invalid", real.json().getString("type"));
        assertEquals(4, real.json().getJsonArray("violations").size());
        assertTrue(real.json().getJsonArray("violations").getJsonObject(0).getString("field").startsWith("line 3"));
        assertEquals(before, staffCount(manager, org.hospitalA), "nothing imported");
    }

    @Test
    void aCleanFileCreatesInvitedStaffWhoSetTheirOwnPassword() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String email = "invited-" + tag + "@example.jp";
        byte[] csv = ("\uFEFFメールアドレス,氏名,フリガナ,職種,部署\n" + email + ",招待 花子,ショウタイ ハナコ,看護師,看護部\n"
                + org.nurseA.email() + ",看護 花子,,看護師,看護部\n").getBytes(StandardCharsets.UTF_8);
        HttpSession manager = org.managerA.session();
        Reply dry = manager.postBytes(importPath(org.hospitalA, true), csv, "text/csv");
        assertEquals(List.of(email), dry.json().getJsonArray("toCreate").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(1, dry.json().getJsonArray("unchanged").size(), "people already here are left as they are");
        assertEquals(0, dry.json().getJsonArray("invitations").size(), "a dry run invites nobody");

        Reply imported = manager.postBytes(importPath(org.hospitalA, false), csv, "text/csv");
        assertEquals(200, imported.status(), imported.body());
        JsonObject invitation = imported.json().getJsonArray("invitations").getJsonObject(0);
        assertEquals(email, invitation.getString("email"));
        String token = URI.create(invitation.getString("url")).getQuery().replace("token=", "");

        assertEquals(401, new HttpSession().post("/api/account/login",
                "{\"email\":\"" + email + "\",\"password\":\"" + Organisation.PASSWORD + "\"}").status(), "no password yet");
        HttpSession invited = new HttpSession();
        JsonObject who = invited.get("/api/invitations/" + token).json();
        assertEquals("招待 花子", who.getString("fullName"));
        String institutionName = who.getString("institution");
        Reply weak = invited.post("/api/invitations/" + token, "{\"password\":\"" + institutionName + "のパスワード\"}");
        assertEquals(400, weak.status(), weak.body());
        assertTrue(weak.body().contains("医療機関の名前"), weak.body());

        assertEquals(200, invited.post("/api/invitations/" + token, "{\"password\":\"" + Organisation.PASSWORD + "\"}").status());
        JsonObject me = invited.get("/api/account/me").json();
        assertEquals(org.hospitalA, me.getString("institutionId"));
        assertEquals(org.nursingA, me.getString("departmentId"));
        assertEquals(404, new HttpSession().get("/api/invitations/" + token).status(), "an invitation works once");
        assertTrue(manager.get("/api/institutions/" + org.hospitalA + "/staff").body().contains(email));
    }

    @Test
    void managersImportOnlyIntoTheirOwnScope() {
        byte[] csv = ("email,name,department\nscope-" + UUID.randomUUID() + "@example.jp,範囲 外,医事課\n").getBytes(StandardCharsets.UTF_8);
        Reply department = org.nursingManagerA.session().postBytes(importPath(org.hospitalA, true), csv, "text/csv");
        assertEquals(200, department.status());
        assertEquals("department", department.json().getJsonArray("problems").getJsonObject(0).getString("field"));
        assertEquals(404, org.managerB.session().postBytes(importPath(org.hospitalA, true), csv, "text/csv").status());
        assertEquals(403, org.nurseA.session().postBytes(importPath(org.hospitalA, true), csv, "text/csv").status());
    }

    @Test
    void malformedAndOversizeFilesGetAClearAnswer() {
        HttpSession manager = org.managerA.session();
        Reply quote = manager.postBytes(importPath(org.hospitalA, true),
                "email,name\n\"a@example.jp,unclosed\n".getBytes(StandardCharsets.UTF_8), "text/csv");
        assertEquals(200, quote.status(), quote.body());
        assertTrue(quote.json().getJsonArray("problems").getJsonObject(0).getString("message").contains("CSV"), quote.body());
        Reply huge = manager.postBytes(importPath(org.hospitalA, true), new byte[3 * 1024 * 1024], "text/csv");
        assertEquals(413, huge.status());
        Reply json = manager.post(importPath(org.hospitalA, true), "{\"rows\": []}");
        assertEquals(415, json.status());
    }
}
