package jp.medsec.lms.core.domain.model.learner;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.medsec.lms.core.domain.model.institution.Department;
import jp.medsec.lms.core.domain.model.institution.Institution;
import jp.medsec.lms.core.domain.model.shared.Ids;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A person with an account. Everyone learns, so trainers and admins are learners with more roles.
 * The e-mail is the login name and is kept lower-case so that one address is one account.
 */
@Entity
@Table(name = "lms_learner")
@NamedQuery(name = "Learner.findByEmail", query = "SELECT l FROM Learner l WHERE l.email = :email")
@NamedQuery(name = "Learner.findByInvitation", query = "SELECT l FROM Learner l WHERE l.invitationHash = :hash")
public class Learner {

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(name = "full_name", nullable = false, length = 100)
    private String fullName;

    @Column(name = "full_name_kana", length = 100)
    private String fullNameKana;

    @Enumerated(EnumType.STRING)
    @Column(name = "job_category", nullable = false, length = 24)
    private JobCategory jobCategory;

    @ManyToOne
    @JoinColumn(name = "institution_id")
    private Institution institution;

    @ManyToOne
    @JoinColumn(name = "department_id")
    private Department department;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lms_learner_role", joinColumns = @JoinColumn(name = "learner_id"))
    private Set<RoleGrant> grants = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** SHA-256 of an invitation token (the token itself is never stored), while an invitation is open. */
    @Column(name = "invitation_hash", length = 64)
    private String invitationHash;

    @Column(name = "invitation_expires_at")
    private Instant invitationExpiresAt;

    /** Base32 TOTP secret: pending until confirmed with a first code, then in force. Sealed in the database. */
    @Column(name = "totp_secret", length = 200)
    @jakarta.persistence.Convert(converter = jp.medsec.lms.core.infrastructure.persistence.SealedSecretConverter.class)
    private String totpSecret;

    // Nullable on purpose: create-or-extend-tables cannot add a NOT NULL column to a table that has rows.
    @Column(name = "totp_enabled")
    private Boolean totpEnabled;

    /** The last time step a code was accepted for, so a code cannot be used twice. */
    @Column(name = "totp_last_step")
    private Long totpLastStep;

    /** The language the LMS writes to this person in (mails): "en", or null for Japanese, the programme's language. */
    @Column(name = "preferred_language", length = 8)
    private String preferredLanguage;

    @Version
    private long version;

    protected Learner() {
    }

    public Learner(String email, String passwordHash, String fullName, String fullNameKana,
                   JobCategory jobCategory, Institution institution, Instant createdAt) {
        this.id = Ids.newId();
        this.email = normaliseEmail(email);
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        rename(fullName, fullNameKana);
        this.jobCategory = Objects.requireNonNull(jobCategory, "jobCategory");
        this.institution = institution;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.grants = new HashSet<>(Set.of(RoleGrant.global(Role.LEARNER)));
        this.totpEnabled = false;
        this.totpLastStep = 0L;
    }

    /** Marks an account whose password the person has not set yet: no password verifies against it. */
    public static final String NO_PASSWORD = "!invited";

    /**
     * An account created for staff by their institution: no password until the person accepts the invitation
     * whose token hashes to {@code invitationHash}.
     */
    public static Learner invited(String email, String fullName, String fullNameKana, JobCategory jobCategory,
                                  Institution institution, Department department, String invitationHash,
                                  Instant expiresAt, Instant now) {
        Learner learner = new Learner(email, NO_PASSWORD, fullName, fullNameKana, jobCategory, institution, now);
        learner.joinInstitution(institution, department);
        learner.reinvite(invitationHash, expiresAt);
        return learner;
    }

    public void reinvite(String newInvitationHash, Instant expiresAt) {
        this.invitationHash = Objects.requireNonNull(newInvitationHash, "invitationHash");
        this.invitationExpiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public boolean hasPassword() {
        return !NO_PASSWORD.equals(passwordHash);
    }

    public boolean invitationOpen(Instant now) {
        return invitationHash != null && invitationExpiresAt.isAfter(now);
    }

    /** Sets the first password through the invitation; the invitation cannot be used again. */
    public void acceptInvitation(String tokenHash, String newPasswordHash, Instant now) {
        if (!invitationOpen(now) || !java.security.MessageDigest.isEqual(invitationHash.getBytes(), tokenHash.getBytes())) {
            throw new jp.medsec.lms.core.domain.model.shared.NotFoundException("invitation", "token");
        }
        this.passwordHash = Objects.requireNonNull(newPasswordHash, "passwordHash");
        this.invitationHash = null;
        this.invitationExpiresAt = null;
    }

    public Optional<Instant> invitationExpiresAt() {
        return Optional.ofNullable(invitationExpiresAt);
    }

    /** Administrators and certificate administrators must use two-factor authentication. */
    public boolean requiresTwoFactor() {
        return has(Role.ADMIN) || has(Role.CERTIFICATE_ADMIN);
    }

    public boolean twoFactorEnabled() {
        return Boolean.TRUE.equals(totpEnabled);
    }

    private long lastStep() {
        return totpLastStep == null ? 0 : totpLastStep;
    }

    /** Starts (or restarts) setting up an authenticator app; the old secret stays in force until confirmed. */
    public String beginTwoFactor(String newSecret) {
        if (twoFactorEnabled()) {
            throw new jp.medsec.lms.core.domain.model.shared.ConflictException("totp.already-enabled",
                    "Two-factor authentication is already set up");
        }
        this.totpSecret = Objects.requireNonNull(newSecret, "secret");
        return totpSecret;
    }

    /** Turns two-factor on with the first code from the app. */
    public boolean confirmTwoFactor(String code, Instant now) {
        if (totpSecret == null || twoFactorEnabled()) {
            return false;
        }
        var step = Totp.match(totpSecret, code, now, lastStep());
        if (step.isEmpty()) {
            return false;
        }
        totpLastStep = step.getAsLong();
        totpEnabled = true;
        return true;
    }

    /** Checks a login code; each code works once. */
    public boolean verifyTwoFactor(String code, Instant now) {
        if (!twoFactorEnabled()) {
            return false;
        }
        var step = Totp.match(totpSecret, code, now, lastStep());
        step.ifPresent(s -> totpLastStep = s);
        return step.isPresent();
    }

    public void disableTwoFactor() {
        if (requiresTwoFactor()) {
            throw new InvalidInputException("totp.required", "This role must keep two-factor authentication");
        }
        totpEnabled = false;
        totpSecret = null;
    }

    public static String normaliseEmail(String email) {
        Objects.requireNonNull(email, "email");
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public void rename(String newFullName, String newKana) {
        Objects.requireNonNull(newFullName, "fullName");
        if (newFullName.isBlank()) {
            throw new InvalidInputException("learner.name", "Full name must not be blank");
        }
        this.fullName = newFullName.strip();
        this.fullNameKana = newKana == null || newKana.isBlank() ? null : newKana.strip();
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash, "passwordHash");
    }

    /** Places the learner in an institution, optionally in one of its departments. */
    public void joinInstitution(Institution newInstitution, Department newDepartment) {
        Objects.requireNonNull(newInstitution, "institution");
        if (newDepartment != null && !newDepartment.institution().id().equals(newInstitution.id())) {
            throw new InvalidInputException("learner.department-elsewhere", "The department belongs to another institution");
        }
        this.institution = newInstitution;
        this.department = newDepartment;
    }

    public void grant(Role role) {
        grant(RoleGrant.global(role));
    }

    public boolean grant(RoleGrant grant) {
        return grants.add(Objects.requireNonNull(grant, "grant"));
    }

    /** Every learner keeps LEARNER: it is what an account is. */
    public boolean revoke(RoleGrant grant) {
        if (grant.role() == Role.LEARNER) {
            throw new InvalidInputException("role.learner-permanent", "The LEARNER role cannot be removed");
        }
        return grants.remove(grant);
    }

    public boolean has(Role role) {
        return grants.stream().anyMatch(g -> g.role() == role);
    }

    public String id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String fullName() {
        return fullName;
    }

    public Optional<String> fullNameKana() {
        return Optional.ofNullable(fullNameKana);
    }

    public JobCategory jobCategory() {
        return jobCategory;
    }

    public Optional<Institution> institution() {
        return Optional.ofNullable(institution);
    }

    public Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        grants.forEach(g -> roles.add(g.role()));
        return roles;
    }

    public Set<RoleGrant> grants() {
        return Collections.unmodifiableSet(grants);
    }

    public Optional<Department> department() {
        return Optional.ofNullable(department);
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** English for a person who chose English, Japanese for everyone else. */
    public Locale preferredLanguage() {
        return "en".equals(preferredLanguage) ? Locale.ENGLISH : Locale.JAPANESE;
    }

    /** Remembers the language the person uses the LMS in (the language switch, the login); true if it changed. */
    public boolean prefer(Locale language) {
        String wanted = language != null && "en".equals(language.getLanguage()) ? "en" : null;
        boolean changed = !Objects.equals(wanted, preferredLanguage);
        preferredLanguage = wanted;
        return changed;
    }
}
