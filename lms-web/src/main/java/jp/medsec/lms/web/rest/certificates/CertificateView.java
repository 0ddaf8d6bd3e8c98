package jp.medsec.lms.web.rest.certificates;

import jp.medsec.lms.core.domain.model.certificate.Certificate;
import jp.medsec.lms.core.domain.model.certificate.Renewal;

import java.time.Instant;

/**
 * A certificate as its holder and administrators see it. {@code standing}: VALID, EXPIRED, REVOKED or SUPERSEDED.
 * {@code reason} (why it was issued by hand, reissued or revoked) and {@code learnerId} only for administrators.
 * {@code renewal} (holders and managers): EXPIRES_SOON (valid, expiring within the reminder window) or EXPIRED, when the
 * holder has no longer-lasting valid certificate of the course, i.e. must take it again to stay covered; absent otherwise.
 */
public record CertificateView(String id, String number, String learnerName, String courseId, String courseTitle,
                              String trackName, Instant completedAt, Instant issuedAt, Instant validUntil,
                              String standing, String verificationUrl, String issuedHow, String learnerId,
                              String reason, String institutionName, boolean institutionShown, Renewal renewal) {

    static CertificateView forHolder(Certificate c, String verificationUrl, Instant now, Renewal renewal) {
        return new CertificateView(c.id(), c.number(), c.learnerName(), c.courseId(), c.courseTitle(), c.trackName(),
                c.completedAt(), c.issuedAt(), c.validUntil().orElse(null), c.standing(now), verificationUrl,
                c.issuedHow(), null, null, c.institutionName().orElse(null), c.institutionShown(), renewal);
    }

    /** An institution manager: who and the standing, without the administrators' reasons. */
    static CertificateView forManager(Certificate c, String verificationUrl, Instant now, Renewal renewal) {
        return new CertificateView(c.id(), c.number(), c.learnerName(), c.courseId(), c.courseTitle(), c.trackName(),
                c.completedAt(), c.issuedAt(), c.validUntil().orElse(null), c.standing(now), verificationUrl,
                c.issuedHow(), c.learnerId(), null, c.institutionName().orElse(null), c.institutionShown(), renewal);
    }

    static CertificateView forAdministrator(Certificate c, String verificationUrl, Instant now) {
        return new CertificateView(c.id(), c.number(), c.learnerName(), c.courseId(), c.courseTitle(), c.trackName(),
                c.completedAt(), c.issuedAt(), c.validUntil().orElse(null), c.standing(now), verificationUrl,
                c.issuedHow(), c.learnerId(), c.reason().orElse(null), c.institutionName().orElse(null), c.institutionShown(),
                null);
    }
}
