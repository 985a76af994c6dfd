package uk.co.whitlowbells.foundry.domain;

import jakarta.validation.constraints.NotBlank;

public record CardDetails(@NotBlank String number, @NotBlank String cvc, @NotBlank String expiry, String holder) {

    public String last4() {
        return number.substring(number.length() - 4);
    }
}
