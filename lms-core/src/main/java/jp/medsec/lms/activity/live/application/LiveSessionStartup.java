package jp.medsec.lms.activity.live.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At start: makes sure the database itself refuses an overbooked session, and starts the reminder job.
 * <p>
 * JPA cannot declare a check between two columns, and create-or-extend only adds tables and columns, so the check
 * {@code registered_count BETWEEN 0 AND capacity} is added here once, in SQL that Derby and PostgreSQL read alike;
 * "already exists" (Derby X0Y32, PostgreSQL 42710) means an earlier start added it.
 * <p>
 * Reminders: every {@code lms.live.reminder.interval-seconds} (default 60) the job sends the reminders that are due
 * ({@link LiveSessionService#sendReminders}); each is sent once, remembered on the registration.
 */
@ApplicationScoped
public class LiveSessionStartup {

    private static final Logger LOG = Logger.getLogger(LiveSessionStartup.class.getName());
    static final String CONSTRAINT = "ck_live_session_places";
    private static final Set<String> ALREADY_EXISTS = Set.of("X0Y32", "42710");

    @Inject
    LiveSessionService sessions;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    @Resource(lookup = "jdbc/lms")
    DataSource dataSource;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "lms.live.reminder.interval-seconds", defaultValue = "60")
    int intervalSeconds;

    private ScheduledFuture<?> reminders;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        // Touch the table so the persistence unit has created it before the constraint is added.
        em.createQuery("SELECT COUNT(s) FROM LiveSession s").getSingleResult();
        addPlacesCheck();
        int every = Math.max(5, intervalSeconds);
        reminders = scheduler.scheduleWithFixedDelay(() -> {
            try {
                int sent = sessions.sendReminders(clock.instant());
                if (sent > 0) {
                    LOG.info("Live sessions: " + sent + " reminder(s) sent");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Sending live-session reminders failed", e);
            }
        }, every, every, TimeUnit.SECONDS);
    }

    private void addPlacesCheck() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("ALTER TABLE lms_live_session ADD CONSTRAINT " + CONSTRAINT
                    + " CHECK (registered_count >= 0 AND registered_count <= capacity)");
            LOG.info("Live sessions: the database now refuses more registrations than places (" + CONSTRAINT + ")");
        } catch (SQLException e) {
            if (!ALREADY_EXISTS.contains(e.getSQLState())) {
                throw new IllegalStateException("Could not add the check " + CONSTRAINT + " to lms_live_session", e);
            }
        }
    }

    @PreDestroy
    void stop() {
        if (reminders != null) {
            reminders.cancel(false);
        }
    }
}
