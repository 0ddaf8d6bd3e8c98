package jp.medsec.lms.web.rest.account;

import jp.medsec.lms.core.domain.model.learner.JobCategory;
import jp.medsec.lms.core.domain.model.learner.Learner;
import jp.medsec.lms.core.domain.model.learner.Role;

import java.util.List;
import java.util.Set;

/**
 * The caller's own account; never the password hash. {@code capabilities} tells the UI which menus to show
 * (the server checks them again on every request).
 */
public record AccountView(String id, String email, String fullName, String fullNameKana, JobCategory jobCategory,
                          String institutionId, String departmentId, List<Role> roles, Set<String> capabilities,
                          boolean twoFactorEnabled, boolean twoFactorSetupRequired) {

    static AccountView of(Learner l, Set<String> capabilities) {
        return new AccountView(l.id(), l.email(), l.fullName(), l.fullNameKana().orElse(null), l.jobCategory(),
                l.institution().map(i -> i.id()).orElse(null), l.department().map(d -> d.id()).orElse(null),
                l.roles().stream().sorted().toList(), capabilities, l.twoFactorEnabled(),
                l.requiresTwoFactor() && !l.twoFactorEnabled());
    }
}
