package jp.medsec.lms.core.domain.model.course;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How a course's certificates are issued: how long they stay valid (annual training: 12 months; 0 = no expiry),
 * which PDF layout they use ({@code ja} or {@code en}), and whether completion issues them at once or queues them for
 * a certificate administrator's approval. Columns are nullable (added to existing tables); null means the default.
 */
@Embeddable
public class CertificatePolicy {

    public static final int DEFAULT_VALIDITY_MONTHS = 12;
    public static final int MAX_VALIDITY_MONTHS = 120;
    public static final Set<String> TEMPLATES = Set.of("ja", "en");
    private static final ZoneId JST = ZoneId.of("Asia/Tokyo");

    @Column(name = "cert_validity_months")
    private Integer validityMonths;

    @Column(name = "cert_template", length = 8)
    private String template;

    @Column(name = "cert_approval")
    private Boolean approval;

    protected CertificatePolicy() {
    }

    private CertificatePolicy(int validityMonths, String template, boolean approval) {
        this.validityMonths = validityMonths;
        this.template = template;
        this.approval = approval;
    }

    public static CertificatePolicy defaults() {
        return new CertificatePolicy(DEFAULT_VALIDITY_MONTHS, "ja", false);
    }

    /** Checks every value and reports each problem against its field. */
    public static CertificatePolicy of(int validityMonths, String template, boolean approval) {
        var problems = new java.util.ArrayList<InvalidInputException.FieldProblem>();
        if (validityMonths < 0 || validityMonths > MAX_VALIDITY_MONTHS) {
            problems.add(new InvalidInputException.FieldProblem("certificate.validityMonths", "course.certificate.validity"));
        }
        if (template == null || !TEMPLATES.contains(template)) {
            problems.add(new InvalidInputException.FieldProblem("certificate.template", "course.certificate.template"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("course.certificate", "Certificate settings: validity 0-" + MAX_VALIDITY_MONTHS
                    + " months (0 = no expiry), template ja or en", List.copyOf(problems));
        }
        return new CertificatePolicy(validityMonths, template, approval);
    }

    public int validityMonths() {
        return validityMonths == null ? DEFAULT_VALIDITY_MONTHS : validityMonths;
    }

    public String template() {
        return template == null ? "ja" : template;
    }

    public boolean requiresApproval() {
        return Boolean.TRUE.equals(approval);
    }

    /**
     * The last moment a certificate for a completion on that day is valid: through the same date {@code
     * validityMonths} later, to the end of that day in JST (as printed: 有効期限 2027年11月24日). Empty: no expiry.
     */
    public Optional<Instant> validUntil(Instant completedAt) {
        int months = validityMonths();
        if (months == 0) {
            return Optional.empty();
        }
        LocalDate completedOn = completedAt.atZone(JST).toLocalDate();
        return Optional.of(completedOn.plusMonths(months).plusDays(1).atStartOfDay(JST).toInstant().minusSeconds(1));
    }
}
