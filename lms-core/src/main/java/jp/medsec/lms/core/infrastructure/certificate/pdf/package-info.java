/**
 * The printable completion certificate (修了証) as PDF: A4 landscape, a Japanese and an English layout, the learner's
 * name centred, and a QR code to the public verification page. IPAex Gothic (bundled under {@code /fonts}, IPA Font
 * License v1.0) is embedded as a subset, so the PDF shows the same glyphs on every reader and printer and its text can
 * be searched and copied.
 *
 * <p>Entry point: {@link jp.medsec.lms.core.infrastructure.certificate.pdf.CertificatePdfRenderer}, fed with
 * {@link jp.medsec.lms.core.infrastructure.certificate.pdf.CertificateDocument} records.
 */
package jp.medsec.lms.core.infrastructure.certificate.pdf;
