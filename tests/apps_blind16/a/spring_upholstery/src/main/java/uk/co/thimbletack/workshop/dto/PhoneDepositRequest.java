package uk.co.thimbletack.workshop.dto;

import java.math.BigDecimal;

public record PhoneDepositRequest(String orderId, String cardNumber, String cvv, String expiry,
                                  BigDecimal amount, String takenBy) {}
