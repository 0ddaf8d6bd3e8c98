package jp.medsec.lms.web.rest.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jp.medsec.lms.core.domain.model.certificate.Certificate;
import jp.medsec.lms.core.domain.model.shared.UnavailableException;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException;
import jp.medsec.lms.core.domain.model.shared.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jp.medsec.lms.core.infrastructure.certificate.openbadges.BitstringStatusList;
import jp.medsec.lms.core.infrastructure.certificate.openbadges.CredentialSubjectData;
import jp.medsec.lms.core.infrastructure.certificate.openbadges.IssuerKey;
import jp.medsec.lms.core.infrastructure.certificate.openbadges.IssuerProfile;
import jp.medsec.lms.core.infrastructure.certificate.openbadges.OpenBadgeIssuer;
import jp.medsec.lms.core.infrastructure.certificate.openbadges.StatusListIndex;
import jp.medsec.lms.core.infrastructure.certificate.pdf.CertificateDocument;
import jp.medsec.lms.core.infrastructure.certificate.pdf.CertificatePdfRenderer;
import jp.medsec.lms.core.infrastructure.certificate.pdf.CertificateTemplate;
import jp.medsec.lms.web.rest.PublicAddress;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Makes a certificate's PDF and its signed Open Badges credential, and the issuer's revocation list. */
@ApplicationScoped
public class CertificateFiles {

    static final String STATUS_LIST_PATH = "/api/credentials/status-list";

    @Inject
    PublicAddress address;

    private final CertificatePdfRenderer renderer = new CertificatePdfRenderer();
    private volatile OpenBadgeIssuer issuer;

    /** The page anyone can open to check the certificate (also the PDF's QR code and the credential's id). */
    public URI verificationUrl(HttpServletRequest request, Certificate c) {
        return address.of(request, "/verify.html?code=" + c.verificationCode());
    }

    /** One certificate as PDF, in the template asked for or else the one its course chose. */
    public Response pdf(HttpServletRequest request, Certificate c, String template) {
        byte[] pdf = renderer.render(document(request, c), template(template, c.template()));
        return Response.ok(pdf, "application/pdf").header("Content-Disposition",
                "attachment; filename=\"" + CertificatePdfRenderer.fileName(c.number()) + "\"").build();
    }

    /**
     * Many certificates as one download, streamed: {@code zip} (a PDF each, named by number) or {@code pdf} (one
     * merged PDF, a page each). Without a template, the first certificate's course decides.
     */
    public Response bundle(HttpServletRequest request, List<Certificate> certificates, String format, String template, String name) {
        if (certificates.isEmpty()) {
            throw new NotFoundException("certificates", name);
        }
        CertificateTemplate chosen = template(template, certificates.get(0).template());
        List<CertificateDocument> documents = certificates.stream().map(c -> document(request, c)).toList();
        StreamingOutput body;
        String type;
        String extension;
        if ("zip".equals(format)) {
            body = out -> renderer.renderZip(documents, chosen, out);
            type = "application/zip";
            extension = ".zip";
        } else if ("pdf".equals(format)) {
            body = out -> renderer.renderMerged(documents, chosen, out);
            type = "application/pdf";
            extension = ".pdf";
        } else {
            throw new InvalidInputException("certificate.format", "format must be zip or pdf",
                    List.of(new InvalidInputException.FieldProblem("format", "certificate.format")));
        }
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + name + extension + "\"").build();
    }

    private CertificateDocument document(HttpServletRequest request, Certificate c) {
        var printed = switch (c.status()) {
            case ISSUED -> jp.medsec.lms.core.infrastructure.certificate.pdf.CertificateStatus.VALID;
            case REVOKED -> jp.medsec.lms.core.infrastructure.certificate.pdf.CertificateStatus.REVOKED;
            case SUPERSEDED -> jp.medsec.lms.core.infrastructure.certificate.pdf.CertificateStatus.SUPERSEDED;
        };
        return new CertificateDocument(c.number(), c.learnerName(), c.learnerNameKana().orElse(null),
                c.courseTitle(), c.trackName(), c.completedAt(), hours(c), c.validUntil().orElse(null), issuerName(),
                verificationUrl(request, c), printed);
    }

    private static CertificateTemplate template(String asked, String fallback) {
        try {
            return CertificateTemplate.byId(asked == null || asked.isBlank() ? fallback : asked);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("certificate.template", "template must be ja or en",
                    List.of(new InvalidInputException.FieldProblem("template", "certificate.template")));
        }
    }

    public JsonObject credential(HttpServletRequest request, Certificate c) {
        URI verify = verificationUrl(request, c);
        return issuer().issue(new CredentialSubjectData(c.number(), verify, c.learnerName(),
                address.of(request, "/api/credentials/achievements/" + c.courseId()), c.courseTitle(),
                "医療機関向けサイバーセキュリティ研修「" + c.courseTitle() + "」(" + c.trackName() + ")の修了",
                c.trackName(), "コースのすべての必須学習活動(確認テストの合格を含む)を完了すること",
                c.issuedAt(), c.issuedAt(), c.validUntil().orElse(null),
                new StatusListIndex(address.of(request, STATUS_LIST_PATH), c.statusIndex())));
    }

    public JsonObject statusList(HttpServletRequest request, Collection<Integer> revoked) {
        return issuer().issueStatusList(address.of(request, STATUS_LIST_PATH), BitstringStatusList.withRevoked(revoked));
    }

    public IssuerKey key() {
        return issuer().key();
    }

    /** The signing key, or empty when none is configured (a key that is configured but unreadable still fails). */
    public Optional<IssuerKey> configuredKey() {
        try {
            return Optional.of(key());
        } catch (CredentialsNotConfiguredException e) {
            return Optional.empty();
        }
    }

    private static BigDecimal hours(Certificate c) {
        return BigDecimal.valueOf(c.minutes()).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static String issuerName() {
        return ConfigProvider.getConfig().getOptionalValue(IssuerProfile.CONFIG_NAME, String.class).orElse(IssuerProfile.DEFAULT_NAME);
    }

    /** The issuer from configuration; without a signing key, credentials cannot be made (503 with a clear reason). */
    private OpenBadgeIssuer issuer() {
        OpenBadgeIssuer known = issuer;
        if (known != null) {
            return known;
        }
        Optional<String> key = ConfigProvider.getConfig().getOptionalValue(IssuerKey.CONFIG_SIGNING_KEY, String.class);
        if (key.isEmpty() || key.get().isBlank()) {
            throw new CredentialsNotConfiguredException();
        }
        issuer = OpenBadgeIssuer.fromConfig(ConfigProvider.getConfig());
        return issuer;
    }

    /** No signing key is configured (LMS_CREDENTIALS_SIGNING_KEY); mapped to 503. */
    public static class CredentialsNotConfiguredException extends UnavailableException {
        public CredentialsNotConfiguredException() {
            super("credentials.not-configured", "No signing key is configured for Open Badges credentials");
        }
    }
}
