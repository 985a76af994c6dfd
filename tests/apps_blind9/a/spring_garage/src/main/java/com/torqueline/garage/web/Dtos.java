package com.torqueline.garage.web;

import jakarta.validation.constraints.*;
import java.time.OffsetDateTime;

public final class Dtos {
    private Dtos() {}

    public record CustomerRegistration(
            @NotBlank String firstName,
            @NotBlank String lastName,
            @Email String email,
            @NotBlank String phone,
            String postcode,
            String licenceNumber,
            @NotBlank String registration) {}

    public record BookingRequest(@NotBlank String registration, @NotBlank String branchCode,
                                 @NotBlank String serviceType, @NotNull OffsetDateTime slotStart,
                                 boolean courtesyCar) {}

    /** Posted by the branch back office when a courtesy car goes out. */
    public record HoldRequest(@NotNull Long bookingId, @NotBlank String courtesyReg,
                              @NotBlank String cardholderName, @Pattern(regexp = "\\d{13,19}") String cardNumber,
                              @Pattern(regexp = "\\d{2}/\\d{2}") String cardExpiry, @Pattern(regexp = "\\d{3,4}") String cvv) {

        @Override
        public String toString() {
            return "HoldRequest[booking=" + bookingId + ", reg=" + courtesyReg + ", card=****"
                    + (cardNumber == null ? "" : cardNumber.substring(cardNumber.length() - 4)) + "]";
        }
    }

    public record BookingView(Long id, String registration, String customerName, String customerEmail,
                              OffsetDateTime slotStart, String status) {}
}
