package jp.medsec.lms.spi;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jp.medsec.lms.core.application.AccountService;
import jp.medsec.lms.core.application.AccountService.Registration;
import jp.medsec.lms.core.application.CatalogService;
import jp.medsec.lms.core.application.EnrolmentService;
import jp.medsec.lms.core.application.content.ContentDocuments.ActivityDocument;
import jp.medsec.lms.core.application.content.ContentDocuments.CourseDocument;
import jp.medsec.lms.core.application.content.ContentDocuments.ModuleDocument;
import jp.medsec.lms.core.application.content.ContentDocuments.Text;
import jp.medsec.lms.core.application.content.ContentFormatException;
import jp.medsec.lms.core.application.content.ContentImportService;
import jp.medsec.lms.core.application.internal.ContentSeeder;
import jp.medsec.lms.core.application.internal.DefaultAccountService;
import jp.medsec.lms.core.domain.model.learner.JobCategory;
import jp.medsec.lms.core.domain.model.learner.LearnerRepository;
import jp.medsec.lms.core.domain.model.learner.Role;
import jp.medsec.lms.core.plugin.ActivityTypeRegistry;
import jp.medsec.lms.web.support.CoreDeployment;
import jp.medsec.lms.testplugin.ChecklistActivityType;
import jp.medsec.lms.testplugin.ChecklistCapabilities;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Proves the plugin SPI inside Liberty: the core jar as built, plus a plugin in its own jar that the core
 * has never heard of. The plugin's activities import, render and complete with no change to core.
 */
@ExtendWith(ArquillianExtension.class)
class PluginSpiIT {

    @Deployment
    static WebArchive deployment() {
        JavaArchive plugin = ShrinkWrap.create(JavaArchive.class, "lms-checklist-plugin.jar")
                .addClasses(ChecklistActivityType.class, ChecklistCapabilities.class)
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml");
        return CoreDeployment.war("spi-test.war", plugin);
    }

    @Inject
    ActivityTypeRegistry registry;

    @Inject
    ContentImportService importer;

    @Inject
    AccountService accounts;

    @Inject
    EnrolmentService enrolments;

    @Inject
    CatalogService catalog;

    @Inject
    ContentSeeder seeder;

    @Inject
    DefaultAccountService accountSetup;

    @Inject
    LearnerRepository learners;

    private static ActivityDocument activity(String key, String type, boolean required, JsonObject settings) {
        return new ActivityDocument(key, type, new Text(key, null), required, 5, settings);
    }

    private static CourseDocument course(List<ActivityDocument> activities) {
        return new CourseDocument("spi-" + UUID.randomUUID().toString().substring(0, 8), "STF",
                new Text("SPIテスト", "SPI test"), new Text("概要", null), 10,
                List.of(new ModuleDocument(new Text("第1章", null), activities)));
    }

    @Test
    void theRegistryFindsTheCorePageAndTheForeignPlugin() {
        var ids = registry.descriptors().stream().map(PluginDescriptor::id).toList();
        assertTrue(ids.contains("page") && ids.contains("checklist"), ids.toString());
    }

    @Inject
    jp.medsec.lms.core.access.CapabilityTable capabilities;

    @Test
    void thePluginsCapabilityJoinsTheTableForTheRolesItNames() {
        assertTrue(capabilities.all().stream().anyMatch(c -> c.id().equals("checklist.review")));
        assertTrue(capabilities.capabilitiesOf(java.util.Set.of(jp.medsec.lms.core.domain.model.learner.Role.TRAINER))
                .contains("checklist.review"));
        assertFalse(capabilities.capabilitiesOf(java.util.Set.of(jp.medsec.lms.core.domain.model.learner.Role.LEARNER))
                .contains("checklist.review"));
    }

    @Test
    void aCourseUsingThePluginCompletesFromThePluginsOwnDecision() {
        JsonObject checklist = Json.createObjectBuilder().add("items", Json.createArrayBuilder().add("バックアップ").add("連絡体制図")).build();
        JsonObject page = Json.createObjectBuilder().add("markdown", "## 読む").build();
        String courseId = importer.importCourse(course(List.of(activity("check", "checklist", true, checklist),
                activity("read", "page", true, page))), true).id();
        var course = catalog.publishedCourse(courseId);
        String checkId = course.activities().get(0).id();
        String readId = course.activities().get(1).id();

        String learner = accounts.register(new Registration("spi-" + UUID.randomUUID() + "@example.jp",
                "長いパスフレーズで守る2026", "情報 次郎", null, JobCategory.IT_STAFF), "127.0.0.1").id();
        enrolments.enrol(learner, courseId);
        assertEquals("[\"バックアップ\",\"連絡体制図\"]",
                enrolments.open(learner, courseId, checkId, Locale.JAPANESE).content().data().getJsonArray("items").toString());

        var first = enrolments.record(learner, courseId, checkId, "checked",
                Json.createObjectBuilder().add("item", "バックアップ").build(), Locale.JAPANESE);
        assertFalse(first.completed());
        assertEquals("1 left", first.reason());
        var second = enrolments.record(learner, courseId, checkId, "checked",
                Json.createObjectBuilder().add("item", "連絡体制図").build(), Locale.JAPANESE);
        assertTrue(second.completed());
        assertEquals(50, second.progress().percent());

        var read = enrolments.record(learner, courseId, readId, "marked-done", JsonValue.EMPTY_JSON_OBJECT, Locale.JAPANESE);
        assertTrue(read.progress().complete());
        assertEquals(100, enrolments.progress(learner, courseId).orElseThrow().percent());
    }

    @Test
    void thePluginChecksItsSettingsBeforeAnythingIsStored() {
        CourseDocument doc = course(List.of(activity("ok", "page", true, Json.createObjectBuilder().add("markdown", "x").build()),
                activity("bad", "checklist", true, JsonValue.EMPTY_JSON_OBJECT),
                activity("unknown", "hologram", true, JsonValue.EMPTY_JSON_OBJECT)));
        var e = assertThrows(ContentFormatException.class, () -> importer.importCourse(doc, true));
        var fields = e.problems().stream().map(p -> p.field()).toList();
        assertTrue(fields.get(0).endsWith("activities[1].settings") && fields.get(1).endsWith("activities[2].type"), fields.toString());
        assertTrue(catalog.publishedCourses("STF").stream().noneMatch(c -> c.slug().equals(doc.slug())), "nothing stored");
    }

    @Test
    void seedingAgainAddsNothing() {
        int before = catalog.tracks().stream().mapToInt(t -> (int) t.courseCount()).sum();
        seeder.seed();
        seeder.seed();
        assertEquals(before, catalog.tracks().stream().mapToInt(t -> (int) t.courseCount()).sum());
        assertEquals(5, catalog.tracks().size());
    }

    @Test
    void theConfiguredAdministratorIsCreatedOnceAndNeverOverwritten() {
        String email = "admin-" + UUID.randomUUID() + "@example.jp";
        accountSetup.ensureAdministrator(email, "運用担当の長いパスフレーズ2026", "管理者");
        accountSetup.ensureAdministrator(email, "別の管理者パスフレーズ2027", "別人");
        var admin = learners.findByEmail(email).orElseThrow();
        assertTrue(admin.has(Role.ADMIN) && admin.has(Role.TRAINER) && admin.has(Role.LEARNER));
        assertEquals("管理者", admin.fullName());
        assertTrue(accounts.authenticate(email, "運用担当の長いパスフレーズ2026").isPresent());
        assertTrue(accounts.authenticate(email, "別の管理者パスフレーズ2027").isEmpty());
    }

    @Test
    void totpSecretsAreSealedInTheDatabaseAndStillWork() throws Exception {
        String email = "sealed-" + UUID.randomUUID() + "@example.jp";
        String id = accounts.register(new Registration(email, "長いパスフレーズで守る2026", "情報 次郎", null, JobCategory.IT_STAFF),
                "127.0.0.1").id();
        String secret = accounts.beginTwoFactor(id).secret();
        // The column as stored, read past JPA and its converter.
        String stored;
        var dataSource = (javax.sql.DataSource) new javax.naming.InitialContext().lookup("jdbc/lms");
        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement("SELECT totp_secret FROM lms_learner WHERE id = ?")) {
            query.setString(1, id);
            try (var rows = query.executeQuery()) {
                rows.next();
                stored = rows.getString(1);
            }
        }
        assertTrue(String.valueOf(stored).startsWith("v1:"), "sealed with lms.secrets.key: " + stored);
        assertFalse(String.valueOf(stored).contains(secret));
        assertTrue(accounts.confirmTwoFactor(id, jp.medsec.lms.core.domain.model.learner.Totp.code(secret,
                jp.medsec.lms.core.domain.model.learner.Totp.step(java.time.Instant.now()))), "the sealed secret still verifies codes");
    }

    @Test
    void passwordsAreStoredAsPbkdf2WithHmacSha512At210000Iterations() {
        String email = "hash-" + UUID.randomUUID() + "@example.jp";
        accounts.register(new Registration(email, "長いパスフレーズで守る2026", "看護 花子", null, JobCategory.NURSE), "127.0.0.1");
        String hash = learners.findByEmail(email).orElseThrow().passwordHash();
        assertTrue(hash.startsWith("PBKDF2WithHmacSHA512:210000:"), hash.substring(0, Math.min(40, hash.length())));
        assertFalse(hash.contains("長いパスフレーズ"));
    }
}
