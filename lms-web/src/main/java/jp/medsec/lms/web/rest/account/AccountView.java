package jp.medsec.lms.web.rest.account;

import jp.medsec.lms.core.domain.model.learner.JobCategory;
import jp.medsec.lms.core.domain.model.learner.Learner;
import jp.medsec.lms.core.domain.model.learner.Role;

import java.util.List;

/** The caller's own account; never the password hash. */
public record AccountView(String id, String email, String fullName, String fullNameKana, JobCategory jobCategory,
                          String institutionId, List<Role> roles) {

    static AccountView of(Learner l) {
        return new AccountView(l.id(), l.email(), l.fullName(), l.fullNameKana().orElse(null), l.jobCategory(),
                l.institution().map(i -> i.id()).orElse(null), l.roles().stream().sorted().toList());
    }
}
