package jp.medsec.lms.web.rest.certificates;

import jp.medsec.lms.core.domain.model.certificate.Certificate;

import java.time.Instant;

/**
 * A certificate as its holder and administrators see it. {@code standing}: VALID, EXPIRED, REVOKED or SUPERSEDED.
 * {@code reason} (why it was issued by hand, reissued or revoked) and {@code learnerId} only for administrators.
 */
public record CertificateView(String id, String number, String learnerName, String courseId, String courseTitle,
                              String trackName, Instant completedAt, Instant issuedAt, Instant validUntil,
                              String standing, String verificationUrl, String issuedHow, String learnerId,
                              String reason) {

    static CertificateView forHolder(Certificate c, String verificationUrl, Instant now) {
        return new CertificateView(c.id(), c.number(), c.learnerName(), c.courseId(), c.courseTitle(), c.trackName(),
                c.completedAt(), c.issuedAt(), c.validUntil().orElse(null), c.standing(now), verificationUrl,
                c.issuedHow(), null, null);
    }

    static CertificateView forAdministrator(Certificate c, String verificationUrl, Instant now) {
        return new CertificateView(c.id(), c.number(), c.learnerName(), c.courseId(), c.courseTitle(), c.trackName(),
                c.completedAt(), c.issuedAt(), c.validUntil().orElse(null), c.standing(now), verificationUrl,
                c.issuedHow(), c.learnerId(), c.reason().orElse(null));
    }
}
