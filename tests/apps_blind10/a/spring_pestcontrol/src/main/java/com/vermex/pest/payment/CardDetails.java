package com.vermex.pest.payment;

import com.fasterxml.jackson.annotation.JsonIgnore;

public record CardDetails(String number, String expiry, @JsonIgnore String cvv, String holder) {

    public String last4() {
        return number.substring(number.length() - 4);
    }

    @Override
    public String toString() {
        return "CardDetails[****" + last4() + ", exp " + expiry + "]";
    }
}
