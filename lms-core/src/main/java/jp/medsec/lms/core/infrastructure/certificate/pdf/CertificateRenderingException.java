package jp.medsec.lms.core.infrastructure.certificate.pdf;

/** A certificate could not be rendered or written, e.g. a character the embedded font lacks, or a failing stream. */
public class CertificateRenderingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CertificateRenderingException(String message) {
        super(message);
    }

    public CertificateRenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}
