package jp.medsec.lms.core.application;

import jp.medsec.lms.core.domain.model.learner.JobCategory;
import jp.medsec.lms.core.domain.model.learner.Learner;

import java.util.Optional;

/** Accounts: self-registration, password verification, and the administrator created from configuration. */
public interface AccountService {

    Learner register(Registration registration);

    /** The learner if the password matches; empty otherwise, taking as long whether or not the e-mail exists. */
    Optional<Learner> authenticate(String email, String password);

    Optional<Learner> find(String learnerId);

    record Registration(String email, String password, String fullName, String fullNameKana,
                        JobCategory jobCategory, String institutionId) {
    }
}
