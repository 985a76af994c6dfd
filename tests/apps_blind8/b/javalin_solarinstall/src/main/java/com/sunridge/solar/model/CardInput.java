package com.sunridge.solar.model;

/** Card as typed into the field tablet; passed to the gateway and dropped. */
public record CardInput(String holderName, String number, int expMonth, int expYear, String cvc) {

    public String last4() {
        return number.substring(number.length() - 4);
    }

    public String masked() {
        return number.substring(0, 6) + "*".repeat(number.length() - 10) + last4();
    }

    @Override
    public String toString() {
        return "CardInput[" + masked() + ", exp=" + expMonth + "/" + expYear + "]";
    }
}
