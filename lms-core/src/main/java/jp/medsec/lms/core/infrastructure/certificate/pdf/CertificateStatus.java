package jp.medsec.lms.core.infrastructure.certificate.pdf;

/**
 * Whether a printed certificate still stands. A copy of a certificate that is no longer valid carries a watermark
 * saying why, so a print-out kept in a file cannot pass for a valid one.
 */
public enum CertificateStatus {
    VALID(null, null),
    /** Withdrawn by the issuer. */
    REVOKED("失効", "REVOKED"),
    /** Replaced by a reissued certificate with another number. */
    SUPERSEDED("再発行済・無効", "SUPERSEDED");

    private final String japaneseWatermark;
    private final String englishWatermark;

    CertificateStatus(String japaneseWatermark, String englishWatermark) {
        this.japaneseWatermark = japaneseWatermark;
        this.englishWatermark = englishWatermark;
    }

    String watermark(CertificateTemplate template) {
        return template == CertificateTemplate.JAPANESE ? japaneseWatermark : englishWatermark;
    }
}
