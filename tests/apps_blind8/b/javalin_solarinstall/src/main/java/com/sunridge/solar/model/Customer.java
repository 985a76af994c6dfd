package com.sunridge.solar.model;

import java.time.Instant;
import java.time.LocalDate;

public record Customer(
        long id,
        String fullName,
        String email,
        String phone,
        String installAddress,
        LocalDate dateOfBirth,
        Instant createdAt) {
}
