package com.verminguard.field.contract;

/** Card as typed by the office; never persisted as such. */
public record CardInput(String holder, String number, String expiry, String cvv) {

    public String last4() {
        return number.substring(number.length() - 4);
    }

    @Override
    public String toString() {
        return "CardInput[holder=" + holder.charAt(0) + "***, number=****" + last4() + ", expiry=" + expiry + "]";
    }
}
