package jp.medsec.lms.core.infrastructure.certificate.pdf;

import java.util.Arrays;
import java.util.Locale;

/**
 * The certificate layouts, chosen by a stable id (for a URL parameter or a stored preference).
 *
 * <ul>
 * <li>{@code ja}: 修了証. Dates in Japan Standard Time as 西暦 with the 和暦 year, e.g. 2026年（令和8年）4月1日, because
 * hospital administration mostly writes 和暦 while the national training uses 西暦; the learner's name ends in 様.</li>
 * <li>{@code en}: Certificate of Completion. Dates in Japan Standard Time as {@code 1 April 2026 (JST)}.</li>
 * </ul>
 */
public enum CertificateTemplate {
    JAPANESE("ja"),
    ENGLISH("en");

    private final String id;

    CertificateTemplate(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The template with this id ({@code ja} or {@code en}); fails with the known ids otherwise. */
    public static CertificateTemplate byId(String id) {
        String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.id.equals(wanted)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                "Unknown certificate template '" + id + "'; known: ja, en"));
    }
}
