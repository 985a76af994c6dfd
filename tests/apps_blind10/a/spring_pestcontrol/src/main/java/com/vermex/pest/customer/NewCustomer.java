package com.vermex.pest.customer;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

public record NewCustomer(
        @NotBlank String fullName,
        @Email String email,
        @NotBlank String phone,
        @NotBlank String addressLine,
        @NotBlank String postcode,
        String accountType) {}
