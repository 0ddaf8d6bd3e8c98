package jp.medsec.lms.core.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jp.medsec.lms.core.access.AccessPolicy;
import jp.medsec.lms.core.application.Actor;
import jp.medsec.lms.core.application.AuditLog;
import jp.medsec.lms.core.application.OrganisationService;
import jp.medsec.lms.core.domain.model.enrolment.EnrolmentRepository;
import jp.medsec.lms.core.domain.model.institution.Department;
import jp.medsec.lms.core.domain.model.institution.Institution;
import jp.medsec.lms.core.domain.model.institution.InstitutionKind;
import jp.medsec.lms.core.domain.model.institution.InstitutionRepository;
import jp.medsec.lms.core.domain.model.institution.Prefecture;
import jp.medsec.lms.core.domain.model.learner.Learner;
import jp.medsec.lms.core.domain.model.learner.LearnerRepository;
import jp.medsec.lms.core.domain.model.learner.Role;
import jp.medsec.lms.core.domain.model.learner.RoleGrant;
import jp.medsec.lms.core.domain.model.shared.AccessDeniedException;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException;
import jp.medsec.lms.core.domain.model.shared.NotFoundException;
import jp.medsec.lms.core.domain.model.track.TrackRepository;

import java.util.List;

@ApplicationScoped
@Transactional
public class DefaultOrganisationService implements OrganisationService {

    @Inject
    InstitutionRepository institutions;

    @Inject
    LearnerRepository learners;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    TrackRepository tracks;

    @Inject
    AccessPolicy policy;

    @Inject
    AuditLog audit;

    @Override
    public Institution createInstitution(Actor actor, String name, Prefecture prefecture, InstitutionKind kind, int beds) {
        requireAdmin(actor);
        Institution institution = new Institution(name, prefecture, kind, beds);
        institutions.store(institution);
        audit.record(AuditLog.INSTITUTION_CREATED, actor.learnerId(), institution.id(), actor.address(),
                institution.name() + " (" + prefecture.nameJa() + ", " + kind + ")");
        return institution;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Institution> institutions(Actor actor) {
        Learner me = learner(actor);
        return institutions.findAll().stream().filter(i -> policy.managesPartOf(me, i)).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Institution institution(Actor actor, String institutionId) {
        Institution institution = findInstitution(institutionId);
        policy.requirePartOf(learner(actor), institution);
        return institution;
    }

    @Override
    public Department addDepartment(Actor actor, String institutionId, String name) {
        Institution institution = findInstitution(institutionId);
        policy.requireWhole(learner(actor), institution);
        Department department = institution.addDepartment(name);
        audit.record(AuditLog.DEPARTMENT_CREATED, actor.learnerId(), institution.id(), actor.address(), department.name());
        return department;
    }

    @Override
    public Learner assign(Actor actor, String learnerId, String institutionId, String departmentId) {
        requireAdmin(actor);
        Learner staff = learners.find(learnerId).orElseThrow(() -> new NotFoundException("learner", learnerId));
        Institution institution = findInstitution(institutionId);
        Department department = departmentId == null ? null : institution.department(departmentId)
                .orElseThrow(() -> new NotFoundException("department", departmentId));
        staff.joinInstitution(institution, department);
        audit.record(AuditLog.STAFF_ASSIGNED, actor.learnerId(), staff.id(), actor.address(),
                institution.name() + (department == null ? "" : " / " + department.name()));
        return staff;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StaffRecord> staff(Actor actor, String institutionId) {
        Institution institution = findInstitution(institutionId);
        Learner me = learner(actor);
        policy.requirePartOf(me, institution);
        String departmentId = policy.departmentLimit(me, institution);
        return learners.findStaff(institution.id(), departmentId).stream()
                .map(l -> new StaffRecord(l, enrolments.findByLearner(l.id()))).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public StaffRecord staffMember(Actor actor, String learnerId) {
        Learner staff = learners.find(learnerId).orElseThrow(() -> new NotFoundException("learner", learnerId));
        policy.requireStaff(learner(actor), staff);
        return new StaffRecord(staff, enrolments.findByLearner(staff.id()));
    }

    @Override
    public Learner grant(Actor actor, String learnerId, RoleGrant grant) {
        requireAdmin(actor);
        Learner target = learners.find(learnerId).orElseThrow(() -> new NotFoundException("learner", learnerId));
        checkScopeExists(grant);
        if (target.grant(grant)) {
            audit.record(AuditLog.ROLE_GRANTED, actor.learnerId(), target.id(), actor.address(), grant.toString());
        }
        return target;
    }

    @Override
    public Learner revoke(Actor actor, String learnerId, RoleGrant grant) {
        requireAdmin(actor);
        Learner target = learners.find(learnerId).orElseThrow(() -> new NotFoundException("learner", learnerId));
        if (actor.learnerId().equals(learnerId) && grant.role() == Role.ADMIN) {
            throw new InvalidInputException("role.self-admin", "An administrator cannot remove their own ADMIN role");
        }
        if (target.revoke(grant)) {
            audit.record(AuditLog.ROLE_REVOKED, actor.learnerId(), target.id(), actor.address(), grant.toString());
        }
        return target;
    }

    private void checkScopeExists(RoleGrant grant) {
        grant.institutionId().ifPresent(id -> {
            Institution institution = findInstitution(id);
            grant.departmentId().ifPresent(d -> institution.department(d)
                    .orElseThrow(() -> new NotFoundException("department", d)));
        });
        grant.trackCode().ifPresent(code -> tracks.find(code).orElseThrow(() -> new NotFoundException("track", code)));
    }

    private void requireAdmin(Actor actor) {
        if (!learner(actor).has(Role.ADMIN)) {
            throw new AccessDeniedException("auth.forbidden", "Administrators only");
        }
    }

    private Institution findInstitution(String institutionId) {
        return institutions.find(institutionId).orElseThrow(() -> new NotFoundException("institution", institutionId));
    }

    private Learner learner(Actor actor) {
        return learners.find(actor.learnerId()).orElseThrow(() -> new NotFoundException("learner", actor.learnerId()));
    }
}
