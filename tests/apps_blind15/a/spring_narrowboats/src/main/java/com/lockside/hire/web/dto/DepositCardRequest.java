package com.lockside.hire.web.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record DepositCardRequest(@NotBlank String holderName,
                                 @Size(min = 12, max = 19) String pan,
                                 @NotBlank String expiry,
                                 @Size(min = 3, max = 4) String cvc) {
}
