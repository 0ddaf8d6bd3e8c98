package jp.medsec.lms.core.domain.model.learner;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException;

import java.util.Objects;
import java.util.Optional;

/**
 * A role held by a learner, with its scope: an institution manager manages one institution (or only one
 * department of it); a trainer may be limited to one track. No scope means everywhere the role applies.
 */
@Embeddable
public class RoleGrant {

    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 24, nullable = false)
    private Role role;

    @Column(name = "scope_institution_id", length = 36)
    private String institutionId;

    @Column(name = "scope_department_id", length = 36)
    private String departmentId;

    @Column(name = "scope_track_code", length = 8)
    private String trackCode;

    protected RoleGrant() {
    }

    private RoleGrant(Role role, String institutionId, String departmentId, String trackCode) {
        this.role = Objects.requireNonNull(role, "role");
        this.institutionId = institutionId;
        this.departmentId = departmentId;
        this.trackCode = trackCode;
    }

    public static RoleGrant global(Role role) {
        if (role == Role.INSTITUTION_MANAGER) {
            throw new InvalidInputException("role.scope-required", "An institution manager needs an institution");
        }
        return new RoleGrant(role, null, null, null);
    }

    public static RoleGrant managerOf(String institutionId, String departmentId) {
        Objects.requireNonNull(institutionId, "institutionId");
        return new RoleGrant(Role.INSTITUTION_MANAGER, institutionId, departmentId, null);
    }

    public static RoleGrant trainerFor(String trackCode) {
        Objects.requireNonNull(trackCode, "trackCode");
        return new RoleGrant(Role.TRAINER, null, null, trackCode);
    }

    public Role role() {
        return role;
    }

    public Optional<String> institutionId() {
        return Optional.ofNullable(institutionId);
    }

    public Optional<String> departmentId() {
        return Optional.ofNullable(departmentId);
    }

    public Optional<String> trackCode() {
        return Optional.ofNullable(trackCode);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RoleGrant g && role == g.role && Objects.equals(institutionId, g.institutionId)
                && Objects.equals(departmentId, g.departmentId) && Objects.equals(trackCode, g.trackCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(role, institutionId, departmentId, trackCode);
    }

    @Override
    public String toString() {
        return role + (institutionId == null ? "" : "@" + institutionId + (departmentId == null ? "" : "/" + departmentId))
                + (trackCode == null ? "" : "@" + trackCode);
    }
}
