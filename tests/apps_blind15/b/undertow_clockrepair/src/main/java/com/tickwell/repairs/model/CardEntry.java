package com.tickwell.repairs.model;

public record CardEntry(long ticketId, String pan, String expiry, String cvv, int amountPence) {
    public String last4() {
        return pan.substring(pan.length() - 4);
    }

    @Override
    public String toString() {
        return "CardEntry[ticket=" + ticketId + ", card=****" + last4() + ", amount=" + amountPence + "]";
    }
}
