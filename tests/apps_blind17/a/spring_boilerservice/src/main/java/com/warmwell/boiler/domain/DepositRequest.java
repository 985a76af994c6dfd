package com.warmwell.boiler.domain;

public record DepositRequest(Long jobId, String cardNumber, int expMonth, int expYear, String cvc, int amountPence) {
    @Override
    public String toString() {
        String last4 = cardNumber == null || cardNumber.length() < 4 ? "????" : cardNumber.substring(cardNumber.length() - 4);
        return "DepositRequest[jobId=" + jobId + ", card=****" + last4 + ", amountPence=" + amountPence + "]";
    }
}
