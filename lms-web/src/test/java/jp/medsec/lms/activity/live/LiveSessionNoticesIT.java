package jp.medsec.lms.activity.live;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jp.medsec.lms.activity.live.SessionNotice.Kind;
import jp.medsec.lms.activity.live.application.LiveSessionService;
import jp.medsec.lms.activity.live.application.LiveSessionService.SessionInput;
import jp.medsec.lms.core.application.AccountService;
import jp.medsec.lms.core.application.AccountService.Registration;
import jp.medsec.lms.core.application.Actor;
import jp.medsec.lms.core.application.CatalogService;
import jp.medsec.lms.core.application.EnrolmentService;
import jp.medsec.lms.core.application.content.ContentDocuments.ActivityDocument;
import jp.medsec.lms.core.application.content.ContentDocuments.CourseDocument;
import jp.medsec.lms.core.application.content.ContentDocuments.ModuleDocument;
import jp.medsec.lms.core.application.content.ContentDocuments.Text;
import jp.medsec.lms.core.application.content.ContentImportService;
import jp.medsec.lms.core.application.internal.DefaultAccountService;
import jp.medsec.lms.core.domain.model.learner.JobCategory;
import jp.medsec.lms.core.domain.model.learner.LearnerRepository;
import jp.medsec.lms.web.support.CoreDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inside Liberty: every live-session change fires its {@link SessionNotice} for the mail outbox, inside the
 * transaction of the change, to the right learners, once; and the database itself refuses an overbooked session.
 */
@ExtendWith(ArquillianExtension.class)
class LiveSessionNoticesIT {

    @Deployment
    static WebArchive deployment() {
        return CoreDeployment.war("live-notices-test.war").addClasses(NoticeLog.class, NoticeLog.Seen.class);
    }

    @Inject
    LiveSessionService live;

    @Inject
    NoticeLog log;

    @Inject
    ContentImportService importer;

    @Inject
    CatalogService catalog;

    @Inject
    AccountService accounts;

    @Inject
    DefaultAccountService accountSetup;

    @Inject
    LearnerRepository learners;

    @Inject
    EnrolmentService enrolments;

    private record Course(String courseId, String activityId) {
    }

    private Course course() {
        JsonObject settings = Json.createObjectBuilder().add("minAttendanceMinutes", 45)
                .add("recording", Json.createObjectBuilder().add("activityKey", "archive")).build();
        JsonObject video = Json.createObjectBuilder().add("source", Json.createObjectBuilder().add("url", "https://cdn.example.jp/a.mp4"))
                .add("durationSeconds", 3540).build();
        CourseDocument doc = new CourseDocument("live-notices-" + UUID.randomUUID().toString().substring(0, 8), "STF",
                new Text("ライブ講習 通知", null), new Text("通知", null), 60,
                List.of(new ModuleDocument(new Text("第1章", null), List.of(
                        new ActivityDocument("live", "live-session", new Text("ライブ講習", null), true, 60, settings),
                        new ActivityDocument("archive", "video", new Text("録画", null), false, 0, video)))));
        String courseId = importer.importCourse(doc, true).id();
        return new Course(courseId, catalog.publishedCourse(courseId).activities().get(0).id());
    }

    private Actor learner(Course course, String name) {
        String id = accounts.register(new Registration("live-" + UUID.randomUUID() + "@example.jp", "長いパスフレーズで守る2026",
                name, null, JobCategory.NURSE), "127.0.0.1").id();
        enrolments.enrol(id, course.courseId());
        return new Actor(id, "127.0.0.1");
    }

    private Actor administrator() {
        String email = "live-admin-" + UUID.randomUUID() + "@example.jp";
        accountSetup.ensureAdministrator(email, "運用担当の長いパスフレーズ2026", "管理者");
        return new Actor(learners.findByEmail(email).orElseThrow().id(), "127.0.0.1");
    }

    private static SessionInput startingIn(Duration in, int capacity) {
        Instant start = Instant.now().plus(in).truncatedTo(ChronoUnit.SECONDS);
        return new SessionInput(start, start.plus(Duration.ofHours(1)), Instant.now().minus(Duration.ofDays(1)),
                start.plus(Duration.ofMinutes(30)), capacity, null, "https://zoom.example.jp/j/1");
    }

    private List<String> told(String sessionId, Kind kind) {
        return log.of(sessionId).stream().filter(s -> s.notice().kind() == kind).map(s -> s.notice().learnerId()).toList();
    }

    @Test
    void everyChangeTellsTheRightLearnersInsideItsTransaction() {
        Course course = course();
        Actor admin = administrator();
        String session = live.create(admin, course.courseId(), course.activityId(), startingIn(Duration.ofHours(2), 1)).session().id();
        Actor first = learner(course, "通知 一");
        Actor second = learner(course, "通知 二");
        Actor third = learner(course, "通知 三");

        live.apply(first, course.courseId(), course.activityId(), session, first.learnerId());
        live.apply(second, course.courseId(), course.activityId(), session, second.learnerId());
        assertEquals(List.of(first.learnerId()), told(session, Kind.APPLICATION_RECEIVED));
        assertEquals(List.of(second.learnerId()), told(session, Kind.WAITLISTED));
        assertEquals(1, log.of(session).stream().filter(s -> s.notice().kind() == Kind.WAITLISTED).findFirst().orElseThrow()
                .notice().waitlistPosition());

        live.cancel(first, course.courseId(), course.activityId(), session, first.learnerId());
        assertEquals(List.of(second.learnerId()), told(session, Kind.PROMOTED));

        // Starts within the 24 h lead: one reminder for the one registered learner, however often the job runs.
        live.sendReminders(Instant.now());
        live.sendReminders(Instant.now());
        assertEquals(List.of(second.learnerId()), told(session, Kind.REMINDER));

        live.apply(third, course.courseId(), course.activityId(), session, third.learnerId());
        live.cancelSession(admin, course.courseId(), course.activityId(), session, "講師の急病");
        assertEquals(List.of(second.learnerId(), third.learnerId()), told(session, Kind.SESSION_CANCELLED),
                "the registered and the waiting, not the one who had cancelled");

        String held = live.create(admin, course.courseId(), course.activityId(), startingIn(Duration.ofMinutes(-5), 10)).session().id();
        live.apply(first, course.courseId(), course.activityId(), held, first.learnerId());
        live.markHeld(admin, course.courseId(), course.activityId(), held);
        live.announceRecording(admin, course.courseId(), course.activityId(), held);
        live.announceRecording(admin, course.courseId(), course.activityId(), held);
        assertEquals(List.of(first.learnerId()), told(held, Kind.RECORDING_AVAILABLE), "told once");

        assertTrue(log.of(session).stream().allMatch(NoticeLog.Seen::inTransaction));
        assertTrue(log.of(held).stream().allMatch(NoticeLog.Seen::inTransaction));
        assertEquals(course.courseId(), log.of(session).get(0).notice().courseId());
        assertTrue(live.overview(second.learnerId(), course.courseId(), course.activityId(), Locale.JAPANESE).sessions().size() >= 2);
    }

    @Test
    void theDatabaseRefusesMoreRegistrationsThanPlacesEvenBehindTheCodesBack() throws Exception {
        Course course = course();
        String session = live.create(administrator(), course.courseId(), course.activityId(), startingIn(Duration.ofDays(2), 3)).session().id();
        DataSource dataSource = (DataSource) new javax.naming.InitialContext().lookup("jdbc/lms");
        try (var c = dataSource.getConnection();
             var overbook = c.prepareStatement("UPDATE lms_live_session SET registered_count = capacity + 1 WHERE id = ?")) {
            overbook.setString(1, session);
            SQLException refused = assertThrows(SQLException.class, overbook::executeUpdate);
            assertTrue(refused.getSQLState().startsWith("23"), refused.getSQLState() + " " + refused.getMessage());
        }
    }
}
