package jp.medsec.lms.core.domain.model.certificate;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a certificate's holder must take the course again to stay covered: a valid (issued) certificate that expires
 * within the reminder window ({@link #EXPIRES_SOON}) or has expired ({@link #EXPIRED}), unless the same learner holds
 * another valid certificate of the course that lasts longer (or never expires), which already covers them. Revoked and
 * superseded certificates never need renewal: they are history.
 */
public enum Renewal {
    EXPIRES_SOON,
    EXPIRED;

    /**
     * The renewal state of each certificate that needs one, by certificate id. {@code certificates} must hold every
     * certificate of the learners concerned (as {@link CertificateRepository#ofLearner} or {@code ofStaff} give them),
     * so that a longer-lasting one is seen.
     */
    public static Map<String, Renewal> of(Collection<Certificate> certificates, Instant now, Duration window) {
        Map<String, Renewal> due = new HashMap<>();
        for (Certificate c : certificates) {
            of(c, certificates, now, window).ifPresent(r -> due.put(c.id(), r));
        }
        return due;
    }

    /** The renewal state of {@code certificate}, given the holder's other certificates ({@code others} may include it). */
    public static Optional<Renewal> of(Certificate certificate, Collection<Certificate> others, Instant now, Duration window) {
        if (certificate.status() != CertificateStatus.ISSUED || certificate.validUntil().isEmpty()) {
            return Optional.empty();
        }
        Instant expiry = certificate.validUntil().get();
        if (expiry.isAfter(now.plus(window))) {
            return Optional.empty();
        }
        boolean covered = others.stream().anyMatch(o -> !o.id().equals(certificate.id())
                && o.learnerId().equals(certificate.learnerId()) && o.courseId().equals(certificate.courseId())
                && o.status() == CertificateStatus.ISSUED && o.validUntil().map(u -> u.isAfter(expiry)).orElse(true));
        if (covered) {
            return Optional.empty();
        }
        return Optional.of(now.isBefore(expiry) ? EXPIRES_SOON : EXPIRED);
    }
}
