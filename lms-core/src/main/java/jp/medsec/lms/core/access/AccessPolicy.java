package jp.medsec.lms.core.access;

import jakarta.enterprise.context.ApplicationScoped;
import jp.medsec.lms.core.domain.model.institution.Department;
import jp.medsec.lms.core.domain.model.institution.Institution;
import jp.medsec.lms.core.domain.model.learner.Learner;
import jp.medsec.lms.core.domain.model.learner.Role;
import jp.medsec.lms.core.domain.model.learner.RoleGrant;
import jp.medsec.lms.core.domain.model.shared.NotFoundException;

/**
 * The scope half of "who may do what": the capability says what kind of thing a role may do, this says
 * where. Records outside the caller's scope are answered as not found, so ids of other institutions' people
 * reveal nothing (no IDOR).
 */
@ApplicationScoped
public class AccessPolicy {

    /** Whether the actor manages the whole institution (an administrator, or its manager without a department). */
    public boolean managesInstitution(Learner actor, Institution institution) {
        return actor.has(Role.ADMIN) || actor.grants().stream().anyMatch(g -> g.role() == Role.INSTITUTION_MANAGER
                && g.institutionId().filter(institution.id()::equals).isPresent() && g.departmentId().isEmpty());
    }

    /** Whether the actor manages any part of the institution (the whole of it, or a department). */
    public boolean managesPartOf(Learner actor, Institution institution) {
        return actor.has(Role.ADMIN) || actor.grants().stream().anyMatch(g -> g.role() == Role.INSTITUTION_MANAGER
                && g.institutionId().filter(institution.id()::equals).isPresent());
    }

    /** Whether the actor may see this person's staff record. */
    public boolean managesStaff(Learner actor, Learner staff) {
        if (actor.has(Role.ADMIN)) {
            return true;
        }
        if (staff.institution().isEmpty()) {
            return false;
        }
        String institutionId = staff.institution().get().id();
        String departmentId = staff.department().map(Department::id).orElse(null);
        return actor.grants().stream().filter(g -> g.role() == Role.INSTITUTION_MANAGER)
                .filter(g -> g.institutionId().filter(institutionId::equals).isPresent())
                .anyMatch(g -> g.departmentId().isEmpty() || g.departmentId().get().equals(departmentId));
    }

    /** The department an actor is limited to in an institution, or null when they see all of it. */
    public String departmentLimit(Learner actor, Institution institution) {
        if (managesInstitution(actor, institution)) {
            return null;
        }
        return actor.grants().stream().filter(g -> g.role() == Role.INSTITUTION_MANAGER)
                .filter(g -> g.institutionId().filter(institution.id()::equals).isPresent())
                .map(RoleGrant::departmentId).flatMap(java.util.Optional::stream).findFirst()
                .orElseThrow(() -> new NotFoundException("institution", institution.id()));
    }

    public void requirePartOf(Learner actor, Institution institution) {
        if (!managesPartOf(actor, institution)) {
            throw new NotFoundException("institution", institution.id());
        }
    }

    public void requireWhole(Learner actor, Institution institution) {
        if (!managesInstitution(actor, institution)) {
            throw new NotFoundException("institution", institution.id());
        }
    }

    public void requireStaff(Learner actor, Learner staff) {
        if (!managesStaff(actor, staff)) {
            throw new NotFoundException("learner", staff.id());
        }
    }

    /** Whether the actor may author content in a track (an administrator, a trainer for all tracks or this one). */
    public boolean mayAuthor(Learner actor, String trackCode) {
        return actor.has(Role.ADMIN) || actor.grants().stream().anyMatch(g -> g.role() == Role.TRAINER
                && g.trackCode().map(trackCode::equals).orElse(true));
    }
}
