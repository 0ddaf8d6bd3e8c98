package jp.medsec.lms.activity.live;

import jakarta.enterprise.context.ApplicationScoped;
import jp.medsec.lms.spi.CapabilityDefinition;
import jp.medsec.lms.spi.CapabilityProvider;

import java.util.List;
import java.util.Set;

/**
 * The live-session plugin's row of the capability table: who runs sessions. Trainers are limited to their track
 * (scope, checked by the service with {@code AccessPolicy.mayAuthor}), as for course content: the trainer who
 * teaches a course schedules its sessions and records who attended.
 */
@ApplicationScoped
public class LiveSessionCapabilities implements CapabilityProvider {

    /** Schedule, change, cancel and close sessions; see registrations; import and correct attendance. */
    public static final String SESSIONS_MANAGE = "live.sessions.manage";

    @Override
    public List<CapabilityDefinition> capabilities() {
        return List.of(new CapabilityDefinition(SESSIONS_MANAGE, Set.of("TRAINER", "ADMIN"),
                "Schedule live sessions, see registrations, record and correct attendance (a trainer: own track)"));
    }
}
