package com.lockside.hire.web.dto;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;

public record HirerRequest(@NotBlank String fullName, @Email String email, @NotBlank String phone,
                           @NotBlank String postalAddress, LocalDate dateOfBirth, String helmExperience,
                           boolean newsletter) {
}
