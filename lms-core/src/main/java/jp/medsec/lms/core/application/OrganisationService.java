package jp.medsec.lms.core.application;

import jp.medsec.lms.core.domain.model.enrolment.Enrolment;
import jp.medsec.lms.core.domain.model.institution.Department;
import jp.medsec.lms.core.domain.model.institution.Institution;
import jp.medsec.lms.core.domain.model.institution.InstitutionKind;
import jp.medsec.lms.core.domain.model.institution.Prefecture;
import jp.medsec.lms.core.domain.model.learner.Learner;
import jp.medsec.lms.core.domain.model.learner.RoleGrant;

import java.util.List;

/**
 * Institutions, their departments and staff, and roles. Every method takes the acting learner's id and
 * answers only within their scope (see AccessPolicy); the capability to call it is checked by the caller's
 * endpoint. Changes are audited.
 */
public interface OrganisationService {

    Institution createInstitution(Actor actor, String name, Prefecture prefecture, InstitutionKind kind, int beds);

    /** All institutions for an administrator; for a manager, the ones they manage a part of. */
    List<Institution> institutions(Actor actor);

    Institution institution(Actor actor, String institutionId);

    Department addDepartment(Actor actor, String institutionId, String name);

    /** Places an existing account in an institution (and department): administrators only. */
    Learner assign(Actor actor, String learnerId, String institutionId, String departmentId);

    /** The staff the actor may see in an institution (a department manager: their department only), with their records. */
    List<StaffRecord> staff(Actor actor, String institutionId);

    StaffRecord staffMember(Actor actor, String learnerId);

    Learner grant(Actor actor, String learnerId, RoleGrant grant);

    Learner revoke(Actor actor, String learnerId, RoleGrant grant);

    /** A staff member and their enrolments with progress: the training record an inspector asks for. */
    record StaffRecord(Learner learner, List<Enrolment> enrolments) {
    }
}
