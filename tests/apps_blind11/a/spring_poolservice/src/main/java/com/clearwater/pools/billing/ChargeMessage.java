package com.clearwater.pools.billing;

public record ChargeMessage(long serviceCardId, long customerId, String pan, String cvv, String expiry, int amountPence) {}
