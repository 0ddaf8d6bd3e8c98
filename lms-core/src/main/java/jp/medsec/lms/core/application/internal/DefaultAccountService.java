package jp.medsec.lms.core.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jp.medsec.lms.core.application.AccountService;
import jp.medsec.lms.core.application.AuditLog;
import jp.medsec.lms.core.domain.model.learner.Learner;
import jp.medsec.lms.core.domain.model.learner.LearnerRepository;
import jp.medsec.lms.core.domain.model.learner.PasswordPolicy;
import jp.medsec.lms.core.domain.model.learner.Role;
import jp.medsec.lms.core.domain.model.learner.Totp;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jp.medsec.lms.core.domain.model.shared.ConflictException;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException.FieldProblem;
import jp.medsec.lms.core.domain.model.shared.NotFoundException;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

@ApplicationScoped
@Transactional
public class DefaultAccountService implements AccountService {

    private static final Logger LOG = Logger.getLogger(DefaultAccountService.class.getName());

    @Inject
    LearnerRepository learners;

    @Inject
    AuditLog audit;

    @Inject
    InvitationTokens tokens;

    /** The name authenticator apps show beside the code. */
    @Inject
    @ConfigProperty(name = "lms.totp.issuer", defaultValue = "医療機関サイバーセキュリティ研修")
    String issuer;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    @Override
    public Learner register(Registration r, String address) {
        List<String> problems = PasswordPolicy.problems(r.password(), r.email(), r.fullName());
        if (!problems.isEmpty()) {
            throw new InvalidInputException("account.weak-password", "The password does not meet the policy",
                    problems.stream().map(p -> new FieldProblem("password", p)).toList());
        }
        if (learners.findByEmail(r.email()).isPresent()) {
            throw new ConflictException("account.email-taken", "An account with this e-mail already exists");
        }
        Learner learner = new Learner(r.email(), hasher.hash(r.password()), r.fullName(), r.fullNameKana(),
                r.jobCategory(), null, clock.instant());
        learners.store(learner);
        audit.record(AuditLog.ACCOUNT_REGISTERED, learner.id(), learner.id(), address, learner.email());
        return learner;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Learner> authenticate(String email, String password) {
        if (email == null || password == null || password.length() > PasswordPolicy.MAX_LENGTH) {
            return Optional.empty();
        }
        Optional<Learner> learner = learners.findByEmail(email);
        if (learner.isEmpty() || !learner.get().hasPassword()) {
            hasher.verifyDecoy(password);
            return Optional.empty();
        }
        return learner.filter(l -> hasher.verify(password, l.passwordHash()));
    }

    @Override
    public Login login(String email, String password, String code) {
        Optional<Learner> verified = authenticate(email, password);
        if (verified.isEmpty()) {
            return new Login(LoginStatus.BAD_CREDENTIALS, null);
        }
        Learner learner = verified.get();
        if (!learner.twoFactorEnabled()) {
            return new Login(LoginStatus.OK, learner);
        }
        if (code == null || code.isBlank()) {
            return new Login(LoginStatus.CODE_REQUIRED, null);
        }
        return learner.verifyTwoFactor(code, clock.instant()) ? new Login(LoginStatus.OK, learner)
                : new Login(LoginStatus.BAD_CODE, null);
    }

    @Override
    public void preferLanguage(String learnerId, java.util.Locale language) {
        learners.find(learnerId).ifPresent(l -> l.prefer(language));
    }

    @Override
    public TwoFactorSetup beginTwoFactor(String learnerId) {
        Learner learner = require(learnerId);
        String secret = learner.beginTwoFactor(Totp.newSecret());
        return new TwoFactorSetup(secret, Totp.uri(issuer, learner.email(), secret));
    }

    @Override
    public boolean confirmTwoFactor(String learnerId, String code) {
        Learner learner = require(learnerId);
        boolean confirmed = learner.confirmTwoFactor(code, clock.instant());
        if (confirmed) {
            audit.record(AuditLog.TWO_FACTOR_ENABLED, learnerId, learnerId, null, null);
        }
        return confirmed;
    }

    @Override
    public boolean disableTwoFactor(String learnerId, String code) {
        Learner learner = require(learnerId);
        if (!learner.verifyTwoFactor(code, clock.instant())) {
            return false;
        }
        learner.disableTwoFactor();
        audit.record(AuditLog.TWO_FACTOR_DISABLED, learnerId, learnerId, null, null);
        return true;
    }

    private Learner require(String learnerId) {
        return learners.find(learnerId).orElseThrow(() -> new NotFoundException("learner", learnerId));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Learner> find(String learnerId) {
        return learners.find(learnerId);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Learner invitation(String token) {
        return learners.findByInvitation(tokens.hash(token)).filter(l -> l.invitationOpen(clock.instant()))
                .orElseThrow(() -> new NotFoundException("invitation", "token"));
    }

    @Override
    public Learner acceptInvitation(String token, String password, String address) {
        Learner learner = invitation(token);
        List<String> problems = PasswordPolicy.problems(password, learner.email(), learner.fullName(),
                learner.institution().map(i -> List.of(i.name())).orElse(List.of()));
        if (!problems.isEmpty()) {
            throw new InvalidInputException("account.weak-password", "The password does not meet the policy",
                    problems.stream().map(p -> new FieldProblem("password", p)).toList());
        }
        learner.acceptInvitation(tokens.hash(token), hasher.hash(password), clock.instant());
        audit.record(AuditLog.INVITATION_ACCEPTED, learner.id(), learner.id(), address, learner.email());
        return learner;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Learner> findByEmail(String email) {
        return learners.findByEmail(email);
    }

    /**
     * Creates the administrator named in configuration if no account has that e-mail yet. An existing
     * account is left alone (its password may have been changed since), so restarts change nothing.
     */
    public void ensureAdministrator(String email, String password, String fullName) {
        if (learners.findByEmail(email).isPresent()) {
            return;
        }
        List<String> problems = PasswordPolicy.problems(password, email, fullName);
        if (!problems.isEmpty()) {
            LOG.severe(() -> "The configured administrator password is too weak " + problems
                    + "; no administrator was created");
            return;
        }
        Learner admin = new Learner(email, hasher.hash(password), fullName, null,
                jp.medsec.lms.core.domain.model.learner.JobCategory.IT_STAFF, null, clock.instant());
        admin.grant(Role.TRAINER);
        admin.grant(Role.ADMIN);
        learners.store(admin);
        LOG.info(() -> "Created administrator " + email);
    }
}
