package uk.co.thimbletack.workshop.dto;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

public record CustomerRequest(@NotBlank String fullName, @Email String email, String phone,
                              String collectionAddress, String postcode) {}
