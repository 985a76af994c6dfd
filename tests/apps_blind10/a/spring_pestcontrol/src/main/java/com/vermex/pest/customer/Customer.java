package com.vermex.pest.customer;

import java.time.Instant;

public record Customer(
        long id,
        String fullName,
        String email,
        String phone,
        String addressLine,
        String postcode,
        String accountType,
        Instant createdAt) {}
