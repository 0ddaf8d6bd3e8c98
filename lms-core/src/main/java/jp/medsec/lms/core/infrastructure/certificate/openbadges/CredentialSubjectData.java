package jp.medsec.lms.core.infrastructure.certificate.openbadges;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What one completion certificate says, in plain values; {@link OpenBadgeIssuer#issue} turns it into a signed
 * {@code OpenBadgeCredential}.
 *
 * @param certificateNumber the number printed on the certificate, e.g. {@code EXE-2026-000123}; it names the credential
 * @param verificationUrl   the public page that verifies this certificate (also the PDF's QR code); it becomes the
 *                          credential's {@code id}, so it must be unique per certificate and never reused
 * @param learnerName       the learner's name as it should appear, e.g. {@code 山田 花子}
 * @param achievementId     a stable URL for the course's achievement (the same for every learner of that course)
 * @param courseTitle       the achievement's name
 * @param courseDescription the achievement's description
 * @param trackName         the training track, e.g. {@code 経営者向け}; a tag of the achievement
 * @param criteriaNarrative what the learner had to do to earn it, e.g. {@code 全レッスンを修了し確認テストに合格}
 * @param issuedAt          when the certificate was awarded ({@code awardedDate}); kept when a certificate is reissued
 * @param validFrom         from when this credential is valid; for a reissue, the reissue time
 * @param validUntil        until when it is valid, or {@code null} for no expiry
 * @param revocation        its bit in a revocation status list
 */
public record CredentialSubjectData(
        String certificateNumber,
        URI verificationUrl,
        String learnerName,
        URI achievementId,
        String courseTitle,
        String courseDescription,
        String trackName,
        String criteriaNarrative,
        Instant issuedAt,
        Instant validFrom,
        Instant validUntil,
        StatusListIndex revocation) {

    public CredentialSubjectData {
        requireText(certificateNumber, "certificateNumber");
        requireAbsolute(verificationUrl, "verificationUrl");
        requireText(learnerName, "learnerName");
        requireAbsolute(achievementId, "achievementId");
        requireText(courseTitle, "courseTitle");
        requireText(courseDescription, "courseDescription");
        requireText(trackName, "trackName");
        requireText(criteriaNarrative, "criteriaNarrative");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(revocation, "revocation");
        if (validUntil != null && !validUntil.isAfter(validFrom)) {
            throw new IllegalArgumentException("validUntil (" + validUntil + ") must be after validFrom (" + validFrom + ")");
        }
    }

    public Optional<Instant> optionalValidUntil() {
        return Optional.ofNullable(validUntil);
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    private static void requireAbsolute(URI value, String name) {
        Objects.requireNonNull(value, name);
        if (!value.isAbsolute()) {
            throw new IllegalArgumentException(name + " must be an absolute URL: " + value);
        }
    }
}
