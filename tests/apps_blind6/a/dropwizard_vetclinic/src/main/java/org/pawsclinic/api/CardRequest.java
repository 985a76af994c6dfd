package org.pawsclinic.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotEmpty;

public class CardRequest {
    @NotEmpty
    @JsonProperty
    public String number;

    @JsonProperty
    public String verificationValue;

    @JsonProperty
    public String expiry;

    @Override
    public String toString() {
        return "CardRequest{number=" + number + ", expiry=" + expiry + "}";
    }
}
