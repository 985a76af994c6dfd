package com.inkwell.printshop.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

public record CheckoutRequest(
        @NotBlank String jobNumber,
        @Email String contactEmail,
        @Valid CardPayload card,
        boolean keepOnFile) {

    public record CardPayload(
            @Pattern(regexp = "\\d{13,19}") String number,
            @Pattern(regexp = "\\d{2}/\\d{2}") String expiry,
            @Pattern(regexp = "\\d{3,4}") String cvn,
            @NotBlank String holder) {

        public String last4() {
            return number.substring(number.length() - 4);
        }

        @Override
        public String toString() {
            return "CardPayload[****" + last4() + ", exp=" + expiry + "]";
        }
    }
}
