package io.fleetly.dto;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

@Serdeable
@Introspected
public record DriverOnboardingRequest(
        @NotBlank String employeeNo,
        @NotBlank String fullName,
        @Email String email,
        String mobile,
        @NotBlank String licenceNumber,
        Long homeDepotId,
        TravelCardInput travelCard) {

    @Serdeable
    public record TravelCardInput(String cardNumber, String cvc, String expiry, String holderName) {
    }
}
