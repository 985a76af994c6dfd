package com.vermex.pest.payment;

import java.math.BigDecimal;

/** Kafka payload on vermex.payments.retry (retention 7 days). */
public record PaymentRetry(long contractId, BigDecimal amount, String cardNumber, String cardExpiry, String cardCvv) {}
