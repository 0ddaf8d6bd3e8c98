package jp.medsec.lms.core.infrastructure.certificate.pdf;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What one printed certificate shows.
 *
 * @param certificateNumber e.g. {@code EXE-2026-000123}; also names the file in a ZIP
 * @param learnerName       e.g. {@code 山田 花子}
 * @param learnerNameKana   furigana printed above the name, e.g. {@code やまだ はなこ}, or {@code null}
 * @param courseTitle       the course completed
 * @param trackName         the training track, e.g. {@code 経営者向け}
 * @param completedAt       when the course was completed; printed as a date in Japan Standard Time
 * @param hours             learning time in hours, e.g. {@code 1} or {@code 1.5}
 * @param expiresAt         when the certificate expires, or {@code null}
 * @param issuerName        who issues it, e.g. {@code 医療機関サイバーセキュリティ研修 事務局}
 * @param verificationUrl   the public verification page, encoded in the QR code
 * @param status            {@link CertificateStatus#VALID}, or why a copy is no longer valid (printed as a watermark)
 */
public record CertificateDocument(
        String certificateNumber,
        String learnerName,
        String learnerNameKana,
        String courseTitle,
        String trackName,
        Instant completedAt,
        BigDecimal hours,
        Instant expiresAt,
        String issuerName,
        URI verificationUrl,
        CertificateStatus status) {

    public CertificateDocument {
        requireText(certificateNumber, "certificateNumber");
        requireText(learnerName, "learnerName");
        requireText(courseTitle, "courseTitle");
        requireText(trackName, "trackName");
        Objects.requireNonNull(completedAt, "completedAt");
        Objects.requireNonNull(hours, "hours");
        if (hours.signum() <= 0) {
            throw new IllegalArgumentException("hours must be positive: " + hours);
        }
        requireText(issuerName, "issuerName");
        Objects.requireNonNull(verificationUrl, "verificationUrl");
        if (!verificationUrl.isAbsolute()) {
            throw new IllegalArgumentException("verificationUrl must be absolute: " + verificationUrl);
        }
        Objects.requireNonNull(status, "status");
        if (learnerNameKana != null && learnerNameKana.isBlank()) {
            learnerNameKana = null;
        }
    }

    public Optional<String> optionalLearnerNameKana() {
        return Optional.ofNullable(learnerNameKana);
    }

    public Optional<Instant> optionalExpiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
