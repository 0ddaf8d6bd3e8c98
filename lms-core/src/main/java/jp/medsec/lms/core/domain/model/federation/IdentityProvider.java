package jp.medsec.lms.core.domain.model.federation;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.medsec.lms.core.domain.model.institution.Institution;
import jp.medsec.lms.core.domain.model.shared.Ids;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException.FieldProblem;
import jp.medsec.lms.core.infrastructure.persistence.SealedSecretConverter;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An institution's OpenID Connect provider (e.g. its Microsoft Entra ID or Keycloak), registered by an
 * administrator: staff of that institution may log in through it instead of with an LMS password. The client
 * secret is sealed at rest like the TOTP keys.
 */
@Entity
@Table(name = "lms_identity_provider")
@NamedQuery(name = "IdentityProvider.findByInstitution",
        query = "SELECT p FROM IdentityProvider p WHERE p.institution.id = :institutionId")
@NamedQuery(name = "IdentityProvider.findEnabled",
        query = "SELECT NEW jp.medsec.lms.core.domain.model.federation.ProviderListing(p.id, p.displayName, p.institution.name)"
                + " FROM IdentityProvider p WHERE p.enabled = TRUE ORDER BY p.institution.name")
public class IdentityProvider {

    /** The claim that carries the e-mail address, unless the provider names another (Entra ID: preferred_username). */
    public static final String DEFAULT_EMAIL_CLAIM = "email";

    @Id
    @Column(length = 36)
    private String id;

    @OneToOne(optional = false)
    @JoinColumn(name = "institution_id", nullable = false, unique = true)
    private Institution institution;

    @Column(nullable = false, length = 500)
    private String issuer;

    @Column(nullable = false, length = 200)
    private String clientId;

    @Convert(converter = SealedSecretConverter.class)
    @Column(nullable = false, length = 1000)
    private String clientSecret;

    @Column(nullable = false, length = 100)
    private String displayName;

    @Column(nullable = false, length = 100)
    private String emailClaim;

    @Column(nullable = false)
    private boolean requireVerifiedEmail;

    @Column(nullable = false)
    private boolean createsAccounts;

    @Column(nullable = false)
    private boolean enabled;

    @Column(nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected IdentityProvider() {
    }

    public IdentityProvider(Institution institution, Settings settings, Instant now) {
        this.id = Ids.newId();
        this.institution = Objects.requireNonNull(institution, "institution");
        change(settings, now);
    }

    /**
     * Replaces the settings, checked all at once. A blank secret keeps the stored one, so an administrator can
     * change the name without retyping a secret they cannot see.
     */
    public void change(Settings s, Instant now) {
        Objects.requireNonNull(s, "settings");
        List<FieldProblem> problems = new ArrayList<>();
        String issuerValue = s.issuer() == null ? "" : s.issuer().strip();
        if (!validIssuer(issuerValue)) {
            problems.add(new FieldProblem("issuer", "federation.issuer-invalid"));
        }
        if (s.clientId() == null || s.clientId().isBlank() || s.clientId().length() > 200) {
            problems.add(new FieldProblem("clientId", "lms.validation.required"));
        }
        boolean keepSecret = s.clientSecret() == null || s.clientSecret().isBlank();
        if (keepSecret && clientSecret == null) {
            problems.add(new FieldProblem("clientSecret", "lms.validation.required"));
        } else if (!keepSecret && s.clientSecret().length() > 500) {
            problems.add(new FieldProblem("clientSecret", "federation.secret-too-long"));
        }
        if (s.displayName() == null || s.displayName().isBlank() || s.displayName().length() > 100) {
            problems.add(new FieldProblem("displayName", "lms.validation.required"));
        }
        String claim = s.emailClaim() == null || s.emailClaim().isBlank() ? DEFAULT_EMAIL_CLAIM : s.emailClaim().strip();
        if (!claim.matches("[A-Za-z0-9_:.\\-]{1,100}")) {
            problems.add(new FieldProblem("emailClaim", "federation.claim-invalid"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("lms.validation", "The identity provider settings are not valid", problems);
        }
        this.issuer = issuerValue.endsWith("/") ? issuerValue.substring(0, issuerValue.length() - 1) : issuerValue;
        this.clientId = s.clientId().strip();
        if (!keepSecret) {
            this.clientSecret = s.clientSecret();
        }
        this.displayName = s.displayName().strip();
        this.emailClaim = claim;
        this.requireVerifiedEmail = s.requireVerifiedEmail();
        this.createsAccounts = s.createsAccounts();
        this.enabled = s.enabled();
        this.updatedAt = Objects.requireNonNull(now, "now");
    }

    /**
     * An issuer is an absolute https URL without query or fragment (OpenID Connect Discovery 1.0, section 2);
     * plain http is accepted only for the local machine, where test issuers run.
     */
    static boolean validIssuer(String value) {
        if (value.isEmpty() || value.length() > 500) {
            return false;
        }
        try {
            URI uri = new URI(value);
            if (uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null || uri.getUserInfo() != null) {
                return false;
            }
            boolean local = uri.getHost().equals("localhost") || uri.getHost().equals("127.0.0.1");
            return "https".equals(uri.getScheme()) || ("http".equals(uri.getScheme()) && local);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** What an administrator sets. {@code clientSecret} blank keeps the stored secret. */
    public record Settings(String issuer, String clientId, String clientSecret, String displayName, String emailClaim,
                           boolean requireVerifiedEmail, boolean createsAccounts, boolean enabled) {
    }

    public String id() {
        return id;
    }

    public Institution institution() {
        return institution;
    }

    public String issuer() {
        return issuer;
    }

    public String clientId() {
        return clientId;
    }

    public String clientSecret() {
        return clientSecret;
    }

    public String displayName() {
        return displayName;
    }

    public String emailClaim() {
        return emailClaim;
    }

    /** Whether an e-mail must come with {@code email_verified: true} before it may link an existing account. */
    public boolean requireVerifiedEmail() {
        return requireVerifiedEmail;
    }

    /** Whether a first login by someone not yet on the staff list creates their account in the institution. */
    public boolean createsAccounts() {
        return createsAccounts;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** Changes whenever the settings change, so cached discovery data and keys can be keyed on it. */
    public long version() {
        return version;
    }
}
