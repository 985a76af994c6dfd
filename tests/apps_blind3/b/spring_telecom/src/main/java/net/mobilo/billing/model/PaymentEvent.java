package net.mobilo.billing.model;

/** Published to the billing.payments topic for the ledger and dunning consumers. */
public record PaymentEvent(
        long attemptId,
        long subscriberId,
        String ccNum,
        String expiry,
        int amountCents,
        String status) {
}
