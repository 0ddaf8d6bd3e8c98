package jp.medsec.lms.web.rest.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record LoginRequest(
        @NotBlank(message = "{lms.validation.required}") @Size(max = 254, message = "{lms.validation.size}") String email,
        @NotBlank(message = "{lms.validation.required}") @Size(max = 128, message = "{lms.validation.size}") String password,
        @Size(max = 10, message = "{lms.validation.size}") String code) {
}
