package com.verminguard.field.visit;

public record KeyedPayment(long visitId, long customerId, String cardNumber, String expiry, String cvv,
                           int amountPence, String takenBy) {
}
