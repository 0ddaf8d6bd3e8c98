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
import jp.medsec.lms.core.domain.model.institution.Institution;
import jp.medsec.lms.core.domain.model.shared.Ids;
import jp.medsec.lms.core.domain.model.shared.InvalidInputException;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
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

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lms_learner_role", joinColumns = @JoinColumn(name = "learner_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 24, nullable = false)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

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
        this.roles = EnumSet.of(Role.LEARNER);
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

    public void grant(Role role) {
        roles.add(Objects.requireNonNull(role, "role"));
    }

    public boolean has(Role role) {
        return roles.contains(role);
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
        return Collections.unmodifiableSet(roles);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
