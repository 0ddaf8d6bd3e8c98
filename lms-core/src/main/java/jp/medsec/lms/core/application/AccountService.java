package jp.medsec.lms.core.application;

import jp.medsec.lms.core.domain.model.learner.JobCategory;
import jp.medsec.lms.core.domain.model.learner.Learner;

import java.util.Optional;

/** Accounts: self-registration, password verification, and the administrator created from configuration. */
public interface AccountService {

    Learner register(Registration registration, String address);

    /** The learner if the password matches; empty otherwise, taking as long whether or not the e-mail exists. */
    Optional<Learner> authenticate(String email, String password);

    /**
     * A login: the password, then, for accounts with two-factor authentication, the code from the app (each code
     * works once). The status says which step failed; the learner is set only on success.
     */
    Login login(String email, String password, String code);

    /** Remembers the language the learner uses the LMS in, so mails to them are written in it. */
    void preferLanguage(String learnerId, java.util.Locale language);

    /** Starts setting up an authenticator app: a new secret and the otpauth: URI for the QR code. */
    TwoFactorSetup beginTwoFactor(String learnerId);

    /** Turns two-factor authentication on with the app's first code; false if the code is wrong. */
    boolean confirmTwoFactor(String learnerId, String code);

    /** Turns it off (not allowed for roles that require it); needs a current code. */
    boolean disableTwoFactor(String learnerId, String code);

    enum LoginStatus { OK, BAD_CREDENTIALS, CODE_REQUIRED, BAD_CODE }

    record Login(LoginStatus status, Learner learner) {
    }

    record TwoFactorSetup(String secret, String uri) {
    }

    Optional<Learner> find(String learnerId);

    Optional<Learner> findByEmail(String email);

    /** The person an open invitation is for (404 for an unknown, used or expired token). */
    Learner invitation(String token);

    /** Sets the invited person's first password (checked against the policy, including their institution's name). */
    Learner acceptInvitation(String token, String password, String address);

    /**
     * Self-registration makes an individual account with no institution: joining an institution's staff (and
     * so showing one's records to its managers) happens through the institution, not by one's own claim.
     */
    record Registration(String email, String password, String fullName, String fullNameKana,
                        JobCategory jobCategory) {
    }
}
