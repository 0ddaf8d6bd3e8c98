package jp.medsec.lms.web.rest.certificates;

import jp.medsec.lms.core.application.CertificateService.RequestSummary;

import java.time.Instant;

/**
 * A completion awaiting a certificate administrator's approval (status PENDING), or the decision on it. The holder
 * sees the course, dates, status and the reason of a rejection; administrators also see who and where.
 */
public record CertificateRequestView(String id, String courseId, String courseTitle, String status, Instant completedAt,
                                     Instant requestedAt, Instant decidedAt, String reason, String learnerId,
                                     String learnerName, String learnerEmail, String institutionName) {

    static CertificateRequestView forHolder(RequestSummary s) {
        var r = s.request();
        return new CertificateRequestView(r.id(), r.courseId(), s.courseTitle(), r.status().name(), r.completedAt(),
                r.requestedAt(), r.decidedAt().orElse(null), r.reason().orElse(null), null, null, null, null);
    }

    static CertificateRequestView forAdministrator(RequestSummary s) {
        var r = s.request();
        return new CertificateRequestView(r.id(), r.courseId(), s.courseTitle(), r.status().name(), r.completedAt(),
                r.requestedAt(), r.decidedAt().orElse(null), r.reason().orElse(null), r.learnerId(), s.learnerName(),
                s.learnerEmail(), s.institutionName());
    }
}
