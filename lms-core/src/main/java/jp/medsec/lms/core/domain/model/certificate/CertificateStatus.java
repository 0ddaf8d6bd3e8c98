package jp.medsec.lms.core.domain.model.certificate;

public enum CertificateStatus {
    ISSUED,
    /** Withdrawn by a certificate administrator, with a reason; kept for the record. */
    REVOKED,
    /** Replaced by a newer certificate (a reissue or the next year's); kept for the record. */
    SUPERSEDED
}
