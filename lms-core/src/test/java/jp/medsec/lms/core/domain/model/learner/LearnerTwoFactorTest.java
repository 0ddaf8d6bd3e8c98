package jp.medsec.lms.core.domain.model.learner;

import jp.medsec.lms.core.domain.model.shared.ConflictException;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LearnerTwoFactorTest {

    private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");

    private static Learner learner() {
        return new Learner("a@example.jp", "hash", "看護 花子", null, JobCategory.NURSE, null, NOW);
    }

    @Test
    void setUpNeedsTheFirstCodeAndThenCodesWorkOnce() {
        Learner l = learner();
        String secret = l.beginTwoFactor(Totp.newSecret());
        assertFalse(l.twoFactorEnabled());
        assertFalse(l.confirmTwoFactor("000000", NOW));
        assertTrue(l.confirmTwoFactor(Totp.code(secret, Totp.step(NOW)), NOW));
        assertTrue(l.twoFactorEnabled());
        assertThrows(ConflictException.class, () -> l.beginTwoFactor(Totp.newSecret()), "no silent reset of a working set-up");
        Instant later = NOW.plusSeconds(60);
        String code = Totp.code(secret, Totp.step(later));
        assertTrue(l.verifyTwoFactor(code, later));
        assertFalse(l.verifyTwoFactor(code, later), "replayed");
        l.disableTwoFactor();
        assertFalse(l.twoFactorEnabled());
    }

    @Test
    void administratorsAndCertificateAdministratorsMustKeepIt() {
        Learner admin = learner();
        assertFalse(admin.requiresTwoFactor());
        admin.grant(Role.CERTIFICATE_ADMIN);
        assertTrue(admin.requiresTwoFactor());
        String secret = admin.beginTwoFactor(Totp.newSecret());
        admin.confirmTwoFactor(Totp.code(secret, Totp.step(NOW)), NOW);
        assertThrows(InvalidInputException.class, admin::disableTwoFactor);
    }
}
