package com.parkpass.domain;

import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

@Serdeable
@MappedEntity("driver")
public record Driver(
        @Id @GeneratedValue Long id,
        String email,
        String fullName,
        String phone,
        String plateNumber,
        String passwordHash,
        @DateCreated Instant createdAt) {

    public Driver withPlate(String plate) {
        return new Driver(id, email, fullName, phone, plate, passwordHash, createdAt);
    }
}
