package jp.medsec.lms.core.application.certificate;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.UserTransaction;
import jp.medsec.lms.core.application.AccountService;
import jp.medsec.lms.core.application.AccountService.Registration;
import jp.medsec.lms.core.application.CertificateService;
import jp.medsec.lms.core.application.content.ContentDocuments.ActivityDocument;
import jp.medsec.lms.core.application.content.ContentDocuments.CourseDocument;
import jp.medsec.lms.core.application.content.ContentDocuments.ModuleDocument;
import jp.medsec.lms.core.application.content.ContentDocuments.Text;
import jp.medsec.lms.core.application.content.ContentImportService;
import jp.medsec.lms.core.domain.model.certificate.Certificate;
import jp.medsec.lms.core.domain.model.certificate.CertificateRepository;
import jp.medsec.lms.core.domain.model.certificate.CertificateStatus;
import jp.medsec.lms.core.domain.model.learner.JobCategory;
import jp.medsec.lms.core.domain.model.shared.FiscalYear;
import jp.medsec.lms.web.support.CoreDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Annual renewal inside Liberty: a learner holds last fiscal year's certificate; when this year's is issued, last
 * year's becomes SUPERSEDED (kept, pointing at the new one). Issuing for an older year leaves a newer one alone.
 * The old certificate is written directly, since a test cannot complete a course in a past fiscal year.
 */
@ExtendWith(ArquillianExtension.class)
class CertificateRenewalIT {

    @Deployment
    static WebArchive deployment() {
        return CoreDeployment.war("certificate-renewal.war");
    }

    @Inject
    CertificateService certificates;

    @Inject
    CertificateRepository repository;

    @Inject
    ContentImportService importer;

    @Inject
    AccountService accounts;

    @Inject
    UserTransaction tx;

    @Test
    void thisYearsCertificateSupersedesLastYearsAndNeverTheOtherWayRound() throws Exception {
        String courseId = importer.importCourse(new CourseDocument("renewal-" + UUID.randomUUID().toString().substring(0, 8), "STF",
                new Text("年次更新の確認", null), new Text("概要", null), 30, List.of(new ModuleDocument(new Text("章", null),
                List.of(new ActivityDocument("p", "page", new Text("頁", null), true, 30,
                        Json.createObjectBuilder().add("markdown", "本文").build()))))), true).id();
        String learnerId = accounts.register(new Registration("renewal-" + UUID.randomUUID() + "@example.jp",
                "長いパスフレーズで守る2026", "更新 花子", null, JobCategory.NURSE), "127.0.0.1").id();

        Instant lastYear = Instant.now().minusSeconds(400L * 24 * 3600);
        Instant twoYearsAgo = Instant.now().minusSeconds(800L * 24 * 3600);
        Certificate old = storeOld(learnerId, courseId, lastYear, "STF-OLD-" + UUID.randomUUID().toString().substring(0, 6));

        Certificate current = certificates.issueOnCompletion(learnerId, courseId, Instant.now()).orElseThrow();
        List<Certificate> mine = certificates.mine(learnerId);
        Certificate reloaded = mine.stream().filter(c -> c.id().equals(old.id())).findFirst().orElseThrow();
        assertEquals(CertificateStatus.SUPERSEDED, reloaded.status(), "last year's is superseded, not deleted");
        assertEquals(current.id(), reloaded.supersededBy().orElseThrow());
        assertEquals(CertificateStatus.ISSUED, current.status());

        // A late certificate for an even older year supersedes nothing newer.
        Certificate older = certificates.issueOnCompletion(learnerId, courseId, twoYearsAgo).orElseThrow();
        assertEquals(CertificateStatus.ISSUED, certificates.mine(learnerId, current.id()).status());
        assertEquals(FiscalYear.of(twoYearsAgo), older.cycle());
        assertEquals(3, certificates.mine(learnerId).size());
    }

    private Certificate storeOld(String learnerId, String courseId, Instant completedAt, String number) throws Exception {
        tx.begin();
        try {
            Certificate c = new Certificate(new Certificate.Holder(learnerId, "更新 花子", null, courseId, "年次更新の確認", "STF",
                    "初学者・医療従事者向け", 30, "ja", null), number, "OLD" + UUID.randomUUID().toString().replace("-", "")
                    .substring(0, 17).toUpperCase(), repository.next("status-index") - 1, completedAt, completedAt,
                    completedAt.plusSeconds(365L * 24 * 3600), "automatic", null);
            repository.storeNow(c);
            tx.commit();
            return c;
        } catch (Exception e) {
            tx.rollback();
            throw e;
        }
    }
}
