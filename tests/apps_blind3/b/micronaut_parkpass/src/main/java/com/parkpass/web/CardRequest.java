package com.parkpass.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

@Serdeable
@Introspected
public record CardRequest(
        @NotNull Long driverId,
        @NotBlank String cardNumber,
        short expMonth,
        short expYear,
        @NotBlank String cvc,
        String holderName,
        boolean keepOnFile) {
}
