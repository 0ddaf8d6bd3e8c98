package jp.medsec.lms.web.rest.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.medsec.lms.core.domain.model.learner.JobCategory;

/**
 * Self-registration of an individual. The password rules beyond length live in the domain (PasswordPolicy);
 * there is no institution here: staff join an institution through it (see OrganisationService).
 */
public record RegisterRequest(
        @NotBlank(message = "{lms.validation.required}") @Email(message = "{lms.validation.email}")
        @Size(max = 254, message = "{lms.validation.size}") String email,
        @NotNull(message = "{lms.validation.required}") @Size(min = 12, max = 128, message = "{lms.validation.size}") String password,
        @NotBlank(message = "{lms.validation.required}") @Size(max = 100, message = "{lms.validation.size}") String fullName,
        @Size(max = 100, message = "{lms.validation.size}") String fullNameKana,
        @NotNull(message = "{lms.validation.job}") JobCategory jobCategory) {
}
