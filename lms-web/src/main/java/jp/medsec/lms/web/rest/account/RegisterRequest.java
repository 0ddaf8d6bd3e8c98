package jp.medsec.lms.web.rest.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.medsec.lms.core.domain.model.learner.JobCategory;

/** Self-registration. The password rules beyond length live in the domain (PasswordPolicy). */
public record RegisterRequest(
        @NotBlank(message = "{lms.validation.required}") @Email(message = "{lms.validation.email}")
        @Size(max = 254, message = "{lms.validation.size}") String email,
        @NotNull(message = "{lms.validation.required}") @Size(min = 12, max = 128, message = "{lms.validation.size}") String password,
        @NotBlank(message = "{lms.validation.required}") @Size(max = 100, message = "{lms.validation.size}") String fullName,
        @Size(max = 100, message = "{lms.validation.size}") String fullNameKana,
        @NotNull(message = "{lms.validation.job}") JobCategory jobCategory,
        @Size(max = 36, message = "{lms.validation.size}") String institutionId) {
}
