package com.drivewell.rental.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

public class ReservationRequest {

    @NotBlank @JsonProperty public String fullName;
    @Email @JsonProperty public String email;
    @JsonProperty public String phone;
    @JsonProperty public String licenceNumber;
    @JsonProperty public LocalDate dateOfBirth;
    @JsonProperty public String vehicleClass;
    @JsonProperty public LocalDate pickUp;
    @JsonProperty public LocalDate dropOff;

    @Pattern(regexp = "\\d{13,19}") @JsonProperty public String cardNumber;
    @JsonProperty public String expiry;
    @Pattern(regexp = "\\d{3,4}") @JsonProperty public String cvv;

    @Override
    public String toString() {
        return "ReservationRequest{fullName=" + fullName + ", email=" + email + ", vehicleClass=" + vehicleClass
                + ", cardNumber=" + cardNumber + ", expiry=" + expiry + "}";
    }
}
