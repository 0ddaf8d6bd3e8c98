package jp.medsec.lms.web.rest.certificates;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jp.medsec.lms.web.support.Courses;
import jp.medsec.lms.web.support.HttpSession;
import jp.medsec.lms.web.support.HttpSession.Reply;
import jp.medsec.lms.web.support.Organisation;
import jp.medsec.lms.web.support.Parallel;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What certificate administrators and institution managers do beyond single certificates: the approval queue, course
 * settings for validity and layout, bulk issue with a dry run, downloads of many certificates at once, and the
 * managers' view of their own staff's certificates (and nobody else's).
 */
class CertificateAdministrationIT {

    private static final HttpSession admin = HttpSession.administrator();

    @Test
    void aCourseThatNeedsApprovalQueuesTheCertificateUntilAnAdministratorDecides() throws Exception {
        Courses.OnePage course = Courses.onePage("承認制の講座", "{\"approval\":true,\"validityMonths\":24,\"template\":\"en\"}");
        HttpSession first = new HttpSession();
        String firstId = first.registerLearner("承認 待子").getString("id");
        HttpSession second = new HttpSession();
        String secondId = second.registerLearner("却下 太郎").getString("id");
        Courses.complete(first, course);
        Courses.complete(second, course);

        assertEquals(0, first.get("/api/me/certificates").array().size(), "nothing is issued before the approval");
        JsonArray mine = first.get("/api/me/certificates/requests").array();
        assertEquals(1, mine.size(), mine.toString());
        assertEquals("PENDING", mine.getJsonObject(0).getString("status"));
        assertEquals("承認制の講座", mine.getJsonObject(0).getString("courseTitle"));
        assertFalse(mine.getJsonObject(0).containsKey("learnerEmail"), "the holder's own view carries no admin fields");
        assertEquals(403, first.get("/api/certificates/requests").status());

        JsonObject firstRequest = pending(course, firstId);
        JsonObject secondRequest = pending(course, secondId);
        assertEquals("承認 待子", firstRequest.getString("learnerName"));

        // Approving twice at once: one certificate, the other answer is a conflict.
        List<Callable<Reply>> approvals = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            approvals.add(() -> admin.post("/api/certificates/requests/" + firstRequest.getString("id") + "/approve", "{}"));
        }
        List<Reply> replies = Parallel.all(approvals);
        assertEquals(1, replies.stream().filter(r -> r.status() == 201).count(), replies.toString());
        assertTrue(replies.stream().allMatch(r -> r.status() == 201 || r.status() == 409), replies.toString());

        JsonArray certificates = first.get("/api/me/certificates").array();
        assertEquals(1, certificates.size());
        JsonObject certificate = certificates.getJsonObject(0);
        assertEquals("VALID", certificate.getString("standing"));
        assertEquals("approved", certificate.getString("issuedHow"));
        Duration validity = Duration.between(Instant.parse(certificate.getString("completedAt")), Instant.parse(certificate.getString("validUntil")));
        assertTrue(validity.toDays() >= 730 && validity.toDays() <= 732, "24 months as the course says: " + validity);
        // The course chose the English layout; the learner may still ask for Japanese.
        assertTrue(pdfText(first.download("/api/me/certificates/" + certificate.getString("id") + "/pdf", "application/pdf"))
                .contains("Certificate of Completion"));
        assertTrue(pdfText(first.download("/api/me/certificates/" + certificate.getString("id") + "/pdf?template=ja", "application/pdf"))
                .contains("修了したことを証します"));

        assertEquals(400, admin.post("/api/certificates/requests/" + secondRequest.getString("id") + "/reject", "{\"reason\":\"\"}").status());
        assertEquals(204, admin.post("/api/certificates/requests/" + secondRequest.getString("id") + "/reject",
                "{\"reason\":\"受講者本人の受講ではないため\"}").status());
        JsonObject rejected = second.get("/api/me/certificates/requests").array().getJsonObject(0);
        assertEquals("REJECTED", rejected.getString("status"));
        assertEquals("受講者本人の受講ではないため", rejected.getString("reason"));
        assertEquals(409, admin.post("/api/certificates/requests/" + secondRequest.getString("id") + "/approve", "{}").status());
        assertEquals(404, admin.post("/api/certificates/requests/no-such-request/approve", "{}").status());
        assertTrue(admin.get("/api/audit?action=certificate.rejected").body().contains("受講者本人の受講ではないため"));
    }

    @Test
    void bulkIssueShowsWhoWouldGetOneThenIssuesExactlyThoseAndRepeatsChangeNothing() throws Exception {
        Courses.OnePage course = Courses.onePage("一括発行の講座", "{\"approval\":true,\"validityMonths\":0}");
        List<HttpSession> done = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            HttpSession learner = new HttpSession();
            learner.registerLearner("一括 修了" + i);
            Courses.complete(learner, course);
            done.add(learner);
        }
        HttpSession started = new HttpSession();
        started.registerLearner("途中 太郎");
        started.post("/api/courses/" + course.courseId() + "/enrolment", "{}");

        JsonObject dry = admin.post("/api/certificates/bulk", "{\"courseId\":\"" + course.courseId() + "\",\"dryRun\":true}").json();
        assertEquals(3, dry.getInt("wouldIssue"), dry.toString());
        assertEquals(0, dry.getInt("issued"));
        assertEquals(1, dry.getInt("notComplete"));
        assertEquals(0, done.get(0).get("/api/me/certificates").array().size(), "a dry run issues nothing");

        Reply noReason = admin.post("/api/certificates/bulk", "{\"courseId\":\"" + course.courseId() + "\"}");
        assertEquals(400, noReason.status(), "issuing needs a reason");
        assertTrue(noReason.isProblem());

        String issue = "{\"courseId\":\"" + course.courseId() + "\",\"reason\":\"年度末の一括発行\"}";
        List<Callable<Reply>> calls = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            calls.add(() -> admin.post("/api/certificates/bulk", issue));
        }
        long issued = 0;
        for (Reply r : Parallel.all(calls)) {
            assertEquals(200, r.status(), r.toString());
            issued += r.json().getInt("issued");
        }
        assertEquals(3, issued, "three parallel bulk issues give each learner one certificate between them");
        for (HttpSession learner : done) {
            JsonArray mine = learner.get("/api/me/certificates").array();
            assertEquals(1, mine.size(), mine.toString());
            assertFalse(mine.getJsonObject(0).containsKey("validUntil"), "validityMonths 0: no expiry");
            assertEquals("APPROVED", learner.get("/api/me/certificates/requests").array().getJsonObject(0).getString("status"),
                    "bulk issue settles the pending approval");
        }
        JsonObject again = admin.post("/api/certificates/bulk", issue).json();
        assertEquals(0, again.getInt("issued"));
        assertEquals(3, again.getInt("alreadyValid"));

        // All of them as one ZIP (a PDF each) and as one merged PDF (a page each).
        byte[] zip = admin.download("/api/certificates/export?courseId=" + course.courseId() + "&format=zip", "application/zip");
        assertEquals(3, zipEntries(zip).size(), zipEntries(zip).toString());
        byte[] merged = admin.download("/api/certificates/export?courseId=" + course.courseId() + "&format=pdf", "application/pdf");
        try (PDDocument pdf = Loader.loadPDF(merged)) {
            assertEquals(3, pdf.getNumberOfPages());
        }
        assertEquals(400, admin.get("/api/certificates/export?courseId=" + course.courseId() + "&format=docx", "application/zip").status());
        assertEquals(404, admin.get("/api/certificates/export?courseId=" + Courses.onePage("発行なしの講座").courseId(), "application/zip").status(),
                "nothing to download");
        assertEquals(403, done.get(0).get("/api/certificates/export?courseId=" + course.courseId(), "application/zip").status());
    }

    @Test
    void managersSeeAndDownloadTheirOwnStaffsCertificatesOnly() throws IOException {
        Organisation org = new Organisation();
        Courses.OnePage course = Courses.onePage("職員向け確認講座");
        Courses.complete(org.nurseA.session(), course);
        Courses.complete(org.clerkA.session(), course);
        Courses.complete(org.staffB.session(), course);

        JsonArray ofA = org.managerA.session().get("/api/institutions/" + org.hospitalA + "/certificates").array();
        assertEquals(List.of(org.clerkA.id(), org.nurseA.id()).stream().sorted().toList(),
                ofA.stream().map(c -> c.asJsonObject().getString("learnerId")).sorted().toList(), "A's staff, not B's");
        assertFalse(ofA.toString().contains("\"reason\""), "managers do not see administrators' reasons");

        JsonArray ofNursing = org.nursingManagerA.session().get("/api/institutions/" + org.hospitalA + "/certificates").array();
        assertEquals(1, ofNursing.size(), "a department manager sees their department only");
        assertEquals(org.nurseA.id(), ofNursing.getJsonObject(0).getString("learnerId"));

        assertEquals(404, org.managerB.session().get("/api/institutions/" + org.hospitalA + "/certificates").status());
        assertEquals(403, org.nurseA.session().get("/api/institutions/" + org.hospitalA + "/certificates").status());

        String clerkCertificate = ofA.stream().map(JsonValue::asJsonObject).filter(c -> c.getString("learnerId").equals(org.clerkA.id()))
                .findFirst().orElseThrow().getString("id");
        assertTrue(pdfText(org.managerA.session().download("/api/institutions/" + org.hospitalA + "/certificates/" + clerkCertificate + "/pdf",
                "application/pdf")).contains("事務 太郎"));
        assertEquals(404, org.nursingManagerA.session().get("/api/institutions/" + org.hospitalA + "/certificates/" + clerkCertificate + "/pdf",
                "application/pdf").status(), "outside the department");
        assertEquals(404, org.managerB.session().get("/api/institutions/" + org.clinicB + "/certificates/" + clerkCertificate + "/pdf",
                "application/pdf").status(), "another institution's staff");

        // The public verification names the institution only when the holder allows it.
        JsonObject nurseCertificate = org.nurseA.session().get("/api/me/certificates").array().getJsonObject(0);
        String code = nurseCertificate.getString("verificationUrl").replaceAll(".*code=", "");
        assertFalse(new HttpSession().get("/api/verify/" + code).json().containsKey("institutionName"));
        Reply allowed = org.nurseA.session().send("PUT", "/api/me/certificates/" + nurseCertificate.getString("id") + "/privacy",
                "{\"showInstitution\":true}");
        assertEquals(200, allowed.status(), allowed.toString());
        assertTrue(new HttpSession().get("/api/verify/" + code).json().getString("institutionName").startsWith("テスト総合病院"));
        assertEquals(404, org.clerkA.session().send("PUT", "/api/me/certificates/" + nurseCertificate.getString("id") + "/privacy",
                "{\"showInstitution\":false}").status(), "only the holder decides");

        List<String> files = zipEntries(org.managerA.session().download("/api/institutions/" + org.hospitalA + "/certificates/export",
                "application/zip"));
        assertEquals(2, files.size(), files.toString());
    }

    private static JsonObject pending(Courses.OnePage course, String learnerId) {
        return admin.get("/api/certificates/requests").array().stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("learnerId").equals(learnerId) && r.getString("courseId").equals(course.courseId()))
                .findFirst().orElseThrow(() -> new AssertionError("no pending request of " + learnerId));
    }

    private static String pdfText(byte[] bytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    private static List<String> zipEntries(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }
}
